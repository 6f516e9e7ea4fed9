// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolescope.h"
#include "server/database.h"

#include <QDate>
#include <QJsonArray>
#include <optional>

namespace server::console {

/// @brief What the console shows of closed days: the days still ahead in scope, and the
/// confirmed bookings a closing touches (so staff can call those visitors from the bookings
/// list). Never a phone: the console names the booking, the station's staff hold the number.
class ServiceClosedDays
{
public:
    explicit ServiceClosedDays(Database &db) : m_db(db) {}

    /// [{id, stationId, stationName, date, serviceCode ('' = every service), reason, closedAt,
    /// closedBy, bookings (confirmed ones that day)}] from `from` on, in scope (and at `stationId`
    /// when given), soonest first; nullopt when storage failed.
    [[nodiscard]] std::optional<QJsonArray> list(const ConsoleScope &scope, const QString &stationId, QDate from);
    /// [{id, startsAt, service, code}] of the confirmed bookings on that day at the station (of
    /// one service, or all when empty), by time; nullopt when storage failed.
    [[nodiscard]] std::optional<QJsonArray> confirmedBookings(const QString &stationId, QDate day, const QString &serviceCode);

private:
    Database &m_db;
};

} // namespace server::console
