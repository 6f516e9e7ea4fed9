// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queueurgency.h"

#include "server/database.h"

#include <QDateTime>
#include <QTimeZone>

namespace server::console {

namespace {

// The stations are all in mainland China (UTC+8 all year), like StationClock.
QDateTime stationTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600));
}

/// The last wantedDay whose part of the day, beginning at `startHour`, begins within 24 hours:
/// due = wantedDay at startHour <= now + 24 h  <=>  wantedDay <= the day of (now + 24 h - startHour).
QString lastDueDay(qint64 nowMs, int startHour)
{
    return stationTime(nowMs + QueueUrgency::soonMs - startHour * 3600 * 1000LL).date().toString(Qt::ISODate);
}

} // namespace

QString QueueUrgency::payloadField(const Database &db, const QString &column, const QString &field)
{
    if (db.isPostgres())
        return QStringLiteral("(CAST(%1 AS json) ->> '%2')").arg(column, field);
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, field);
}

QString QueueUrgency::bookingCalledBack()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM console_notes n WHERE n.entity = 'booking' AND n.entity_id = b.id"
                          " AND n.action = 'called_back')");
}

QueueUrgency::Sql QueueUrgency::records(const Database &db, qint64 nowMs)
{
    const QString day = payloadField(db, QStringLiteral("r.payload"), QStringLiteral("wantedDay"));
    const QString part = payloadField(db, QStringLiteral("r.payload"), QStringLiteral("dayPart"));
    // A help request without a day (any day) waits for a call: no date to miss. A morning (or
    // any time) begins when the station opens at 8, the afternoon at 13, the evening at 18.
    return {QStringLiteral("CASE WHEN r.status IN ('done', 'cancelled') THEN 0"
                           " WHEN r.received_at < ? THEN 1"
                           " WHEN r.kind = 'help_call' THEN 1"
                           " WHEN r.kind = 'volunteer_request' AND r.status IN ('submitted', 'accepted')"
                           "  AND %1 LIKE '____-__-__'"
                           "  AND %1 <= (CASE %2 WHEN 'afternoon' THEN ? WHEN 'evening' THEN ? ELSE ? END) THEN 1"
                           " ELSE 0 END")
                .arg(day, part),
            {nowMs - waitedTooLongMs, lastDueDay(nowMs, 13), lastDueDay(nowMs, 18), lastDueDay(nowMs, 8)}};
}

QueueUrgency::Sql QueueUrgency::applications(qint64 nowMs)
{
    return {QStringLiteral("CASE WHEN a.status IN ('submitted', 'accepted')"
                           " AND COALESCE(a.kiosk_created_at, a.created_at) < ? THEN 1 ELSE 0 END"),
            {nowMs - waitedTooLongMs}};
}

QueueUrgency::Sql QueueUrgency::bookings(qint64 nowMs)
{
    const QString soon = stationTime(nowMs + soonMs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return {QStringLiteral("CASE WHEN b.status = 'refused' AND NOT %1 AND (b.created_at < ?"
                           " OR (b.starts_at LIKE '____-__-__T__:__:__' AND b.starts_at <= ?)) THEN 1 ELSE 0 END")
                .arg(bookingCalledBack()),
            {nowMs - waitedTooLongMs, soon}};
}

} // namespace server::console
