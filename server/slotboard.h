// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/changefeed.h"
#include "server/database.h"
#include "server/servicedefinition.h"

#include <QDate>
#include <QList>
#include <optional>

namespace server {

/// @brief The bookable times of each station, kept in the `slots` table; every change of one
/// (made, capacity, taken, closed) is also a `slot` change row for its station, so the kiosks'
/// cached counts follow. Every call runs inside the caller's transaction.
class SlotBoard
{
public:
    struct Slot
    {
        QString id;
        QString stationId;
        QString serviceCode;
        QString startsAt; ///< station wall clock, yyyy-MM-ddTHH:mm:ss
        QString endsAt;
        int capacity = 0;
        int taken = 0;
        bool closed = false;
    };

    /// A day closed at a station (every service when serviceCode is empty), kept in closed_days.
    struct ClosedDay
    {
        qint64 id = 0;
        QString stationId;
        QDate day;
        QString serviceCode;
        QString reason;
        qint64 closedAt = 0;
        QString login;
    };

    struct Generated
    {
        int created = 0;
        int kept = 0; ///< already there: left as they were (their taken places too)
    };

    explicit SlotBoard(Database &db) : m_db(db), m_feed(db) {}

    /// "<service>-<yyyyMMdd>-<HHmm>": the same time gets the same id however often it is made.
    [[nodiscard]] static QString slotId(const QString &serviceCode, const QDateTime &start);

    /// Adds the slot, or changes its times and capacity when it exists (never its taken count).
    bool put(const Slot &slot);
    /// The service's slots from `from` to `to` (both included) by its weekly pattern: slots of
    /// its slot minutes that fit wholly inside each period, for its capacity. Existing slots are
    /// kept untouched, so regenerating never duplicates a slot nor resets its taken places. Days
    /// closed for the service (or for every service) get no times.
    std::optional<Generated> generate(const QString &stationId, const ServiceDefinition &service, QDate from, QDate to);
    /// Closes the station's day (of one service, or all when empty): the day is kept, so times
    /// made later skip it, and its existing slots are closed; the number of slots closed, nullopt
    /// on a storage failure. Closing a closed day again keeps the first closing.
    std::optional<int> closeDay(const QString &stationId, QDate day, const QString &serviceCode = {},
                                const QString &reason = {}, const QString &login = {});
    /// The closing of that station, day and service (nullopt: none, or storage failed: *failed).
    [[nodiscard]] std::optional<ClosedDay> closedDay(const QString &stationId, QDate day, const QString &serviceCode,
                                                     bool *failed);
    /// The closed day by its id (nullopt: none, or storage failed: *failed).
    [[nodiscard]] std::optional<ClosedDay> closedDay(qint64 id, bool *failed);
    /// Forgets the closing and opens the day's slots again (those no other closing of the day
    /// covers); the caller regenerates the times the day never had. False on a storage failure.
    bool reopenDay(const ClosedDay &closed);
    [[nodiscard]] std::optional<Slot> find(const QString &stationId, const QString &slotId);
    /// Sends the slot's current state as a `slot` change row.
    bool announce(const QString &stationId, const QString &slotId);

    /// The feed's startsAt/endsAt: the wall-clock time with the stations' offset (+08:00).
    [[nodiscard]] static QString withOffset(const QString &localTime);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
