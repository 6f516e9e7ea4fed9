// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QDate>
#include <QJsonObject>
#include <optional>

namespace server {

/// @brief A volunteer's served time as the centre reports it: every span with its station, what
/// it was and its hours, the total and star level (`admin volunteer-hours`), and the hours of
/// all volunteers by month for the volunteer system of record (`admin volunteer-hours-csv`).
class VolunteerHoursReport
{
public:
    /// The CSV header of csv(): one row per volunteer and month (station month of the check-in).
    static inline const QString csvHeader = QStringLiteral("volunteer_number,name,month,periods,hours,stations");

    explicit VolunteerHoursReport(Database &db) : m_db(db) {}

    /// {volunteerNumber, name, givenName, idType, idNumberMasked, periods: [...], ratings,
    /// averageStars, hoursCounted, hoursPending, hoursTotal, stars, hoursToNextStar}; nullopt with `problem` when unknown.
    /// `from`/`to` limit the periods (station days, inclusive) when valid.
    [[nodiscard]] std::optional<QJsonObject> hours(const QString &volunteerId, QString *problem, QDate from = {},
                                                   QDate to = {});
    /// The same as plain text for a coordinator.
    [[nodiscard]] static QString format(const QJsonObject &report);
    /// Counted hours by volunteer and month for check-ins on the station days from..to.
    [[nodiscard]] std::optional<QString> csv(QDate from, QDate to);

private:
    Database &m_db;
};

} // namespace server
