// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/serviceclosedays.h"

#include "server/slotboard.h"
#include "server/stationclock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace server::console {

std::optional<QJsonArray> ServiceClosedDays::list(const ConsoleScope &scope, const QString &stationId, QDate from)
{
    // The bookings are counted in the same query (by the slot's own time), not one query a day.
    QString sql = QStringLiteral("SELECT d.id, d.station_id, s.name, d.day, d.service_code, d.reason, d.closed_at, d.login,"
                                 " (SELECT COUNT(*) FROM bookings b JOIN slots t ON t.station_id = b.station_id AND t.id = b.slot_id"
                                 "  WHERE b.station_id = d.station_id AND b.status = 'confirmed' AND t.starts_at LIKE d.day || '%'"
                                 "  AND (d.service_code = '' OR b.service_code = d.service_code))"
                                 " FROM closed_days d JOIN stations s ON s.id = d.station_id WHERE d.day >= ? AND %1")
                      .arg(scope.clause(QStringLiteral("d.station_id")));
    QVariantList values{from.toString(Qt::ISODate)};
    values.append(scope.values());
    if (!stationId.isEmpty()) {
        sql += QStringLiteral(" AND d.station_id = ?");
        values.append(stationId);
    }
    sql += QStringLiteral(" ORDER BY d.day, s.name, d.service_code");
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::nullopt;
    QJsonArray out;
    while (q->next()) {
        out.append(QJsonObject{
            {QStringLiteral("id"), QString::number(q->value(0).toLongLong())},
            {QStringLiteral("stationId"), q->value(1).toString()},
            {QStringLiteral("stationName"), q->value(2).toString()},
            {QStringLiteral("date"), q->value(3).toString()},
            {QStringLiteral("serviceCode"), q->value(4).toString()},
            {QStringLiteral("reason"), q->value(5).toString()},
            {QStringLiteral("closedAt"),
             QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong()).toTimeZone(StationClock::now().timeZone()).toString(Qt::ISODate)},
            {QStringLiteral("closedBy"), q->value(7).toString()},
            {QStringLiteral("bookings"), q->value(8).toInt()},
        });
    }
    return out;
}

std::optional<QJsonArray> ServiceClosedDays::confirmedBookings(const QString &stationId, QDate day, const QString &serviceCode)
{
    QString sql = QStringLiteral("SELECT b.id, t.starts_at, b.service_code, b.code FROM bookings b"
                                 " JOIN slots t ON t.station_id = b.station_id AND t.id = b.slot_id"
                                 " WHERE b.station_id = ? AND b.status = 'confirmed' AND t.starts_at >= ? AND t.starts_at < ?");
    QVariantList values{stationId, day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)};
    if (!serviceCode.isEmpty()) {
        sql += QStringLiteral(" AND b.service_code = ?");
        values.append(serviceCode);
    }
    sql += QStringLiteral(" ORDER BY t.starts_at, b.id");
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::nullopt;
    QJsonArray out;
    while (q->next()) {
        out.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                               {QStringLiteral("startsAt"), SlotBoard::withOffset(q->value(1).toString())},
                               {QStringLiteral("service"), q->value(2).toString()},
                               {QStringLiteral("code"), q->value(3).toString()}});
    }
    return out;
}

} // namespace server::console
