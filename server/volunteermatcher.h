// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace server {

/// @brief Suggests volunteers for a help request (`kiosk-server admin match`): those with the
/// skill (the help type) who can come at that part of the day (a volunteer without availability
/// can come any time), the request's own station first, then its district, then the fewest open
/// assignments.
class VolunteerMatcher
{
public:
    struct Suggestion
    {
        QString volunteerId;
        QString name;
        QString stationId;
        bool homeStation = false;
        bool sameDistrict = false;
        int openAssignments = 0;
        int ratings = 0;
        double averageStars = 0;
        bool assignedHere = false; ///< already this request's volunteer

        [[nodiscard]] QJsonObject toJson() const;
    };

    explicit VolunteerMatcher(Database &db) : m_db(db) {}

    /// Which volunteers may be suggested: an SQL condition on the volunteers table as `v`
    /// (and its home station as `s`) and the values it binds; empty: every volunteer.
    struct Candidates
    {
        QString condition;
        QVariantList values;
    };

    /// Suggestions best first; nullopt with `problem` for an unknown request or a storage failure.
    [[nodiscard]] std::optional<QList<Suggestion>> suggest(const QString &requestId, QString *problem,
                                                           const Candidates &candidates = {});

private:
    Database &m_db;
};

} // namespace server
