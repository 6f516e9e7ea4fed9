// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolescope.h"
#include "server/database.h"

#include <QDate>
#include <QJsonArray>
#include <optional>

namespace server::console {

/// @brief One day's bookable times at the stations in scope, by service: each slot with its
/// places, how many are taken, the bookings confirmed and refused (staff call those), and
/// whether the day is closed. Walk-in numbers never reach the server, so they are not here.
class ServiceTodayQueues
{
public:
    explicit ServiceTodayQueues(Database &db) : m_db(db) {}

    /// [{code, name:{zh,en}, slots:[{id, stationId, stationName, startsAt, endsAt, capacity,
    /// booked, confirmed, refused, closed}]}]; `stationId` narrows to one station when given.
    [[nodiscard]] std::optional<QJsonArray> services(const ConsoleScope &scope, QDate day, const QString &stationId = {});

private:
    Database &m_db;
};

} // namespace server::console
