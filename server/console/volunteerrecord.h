// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/volunteerscope.h"
#include "server/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace server::console {

/// @brief A volunteer as the console shows them: a row of the list (number, name, district,
/// stations, hours, stars, ratings) and the whole record (hours by month, stations, recent
/// ratings, the star level and the hours to the next one, open assignments). Never the phone
/// (masked) or an ID number (not even masked: the console does not need it).
class VolunteerRecord
{
public:
    struct Filter
    {
        QString text;     ///< part of the number or the name
        QString district; ///< the volunteer's district or their station's
        QString stationId;
        int limit = 200;
        int offset = 0;
    };

    struct Page
    {
        QList<QJsonObject> rows;
        qint64 total = 0; ///< every volunteer the filter matches, not only this page's
    };

    explicit VolunteerRecord(Database &db) : m_db(db) {}

    /// Whether the volunteer exists and lies within the scope (false also when storage failed).
    [[nodiscard]] bool visible(const VolunteerScope &scope, const QString &number);
    /// One page of the volunteers in scope matching the filter, by number, and how many match
    /// in all; nullopt when storage failed.
    [[nodiscard]] std::optional<Page> list(const VolunteerScope &scope, const Filter &filter);
    /// The whole record; nullopt when storage failed or there is no such volunteer.
    [[nodiscard]] std::optional<QJsonObject> details(const QString &number);

private:
    /// {id, name} of the home station and every station the volunteer checked in at.
    std::optional<QJsonArray> stations(const QString &number);
    std::optional<QJsonArray> hoursByMonth(const QString &number, qint64 *countedHalfHours);
    std::optional<QJsonArray> openAssignments(const QString &number);
    std::optional<QJsonArray> recentRatings(const QString &number);

    Database &m_db;
};

} // namespace server::console
