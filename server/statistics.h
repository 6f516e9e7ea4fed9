// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QJsonObject>
#include <optional>

namespace server {

/// @brief The centre's figures: persons served, requests by kind and state, volunteers and their
/// hours, by station and city-wide, against the plan's targets.
class Statistics
{
public:
    static constexpr int volunteerTarget = 100000;
    static constexpr int personTimesTarget = 600000;
    /// A volunteer is active who served (hours counted) in this many days.
    static constexpr int activeDays = 90;

    explicit Statistics(Database &db) : m_db(db) {}

    /// City-wide when `stationId` is empty. A record counts as one person-time (人次) once it is
    /// "done"; persons served counts distinct (station, visitorKey) pairs among those, since a
    /// visitorKey is keyed per station (records without one count once each).
    [[nodiscard]] std::optional<QJsonObject> compute(const QString &stationId = {});
    /// The same figures as plain text for the admin command.
    [[nodiscard]] static QString format(const QJsonObject &figures);

    // The definitions, as SQL, that every figure of the plan uses (here and the console's
    // PlanFigures), so a person-time or a person means the same on every page.
    /// A records row that is a person-time: `prefix` is the table's alias with its dot ("r.").
    [[nodiscard]] static QString personTimeCondition(const QString &prefix = {});
    /// Persons served among the records rows a query selects (an aggregate): distinct (station,
    /// visitorKey) pairs, and each record without a key once.
    [[nodiscard]] static QString personsExpression(const QString &prefix = {});
    /// A volunteer_checks row that counts as service for "active" when checked in at or after
    /// the one bound value (the start of the activeDays window).
    [[nodiscard]] static QString activeCheckCondition(const QString &prefix = {});

private:
    Database &m_db;
};

} // namespace server
