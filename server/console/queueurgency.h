// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace server {
class Database;
}

namespace server::console {

/// @brief Which open items come first in the queue: open staff calls (someone is waiting at
/// a kiosk); help requests due within 24 hours that have no volunteer yet; bookings not
/// confirmed that start within 24 hours; and anything open for more than 3 days.
///
/// The rules are SQL CASE expressions (1 urgent, 0 not), one per source table, so the database
/// sorts and pages the queue; the same expressions mark a single item. Times are compared as
/// the tables keep them: ms since the epoch, a help request's wantedDay (yyyy-MM-dd) and a
/// booking's startsAt (yyyy-MM-ddTHH:mm:ss, stations' time) as text against limits worked out
/// here from the current time, so no engine has to parse a date.
class QueueUrgency
{
public:
    static constexpr qint64 soonMs = 24 * 3600 * 1000LL;
    static constexpr qint64 waitedTooLongMs = 3 * 24 * 3600 * 1000LL;

    /// An SQL expression and the values it binds, in order.
    struct Sql
    {
        QString expression;
        QVariantList values;
    };

    /// On records `r` (help requests, assessments, fee waivers, staff calls).
    [[nodiscard]] static Sql records(const Database &db, qint64 nowMs);
    /// On certificate_applications `a`.
    [[nodiscard]] static Sql applications(qint64 nowMs);
    /// On bookings `b`.
    [[nodiscard]] static Sql bookings(qint64 nowMs);

    /// A refused booking a coordinator called back (then it leaves the open queue).
    [[nodiscard]] static QString bookingCalledBack();
    /// A text field of a JSON payload column, in the engine's own words (NULL when absent).
    [[nodiscard]] static QString payloadField(const Database &db, const QString &column, const QString &field);
};

} // namespace server::console
