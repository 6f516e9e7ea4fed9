// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/servicetodayqueues.h"

#include "server/slotboard.h"

#include <QJsonObject>

namespace server::console {

std::optional<QJsonArray> ServiceTodayQueues::services(const ConsoleScope &scope, QDate day, const QString &stationId)
{
    QString sql = QStringLiteral(
        "SELECT sv.code, sv.name_zh, sv.name_en, sl.id, sl.station_id, st.name, sl.starts_at, sl.ends_at, sl.capacity,"
        " sl.taken, sl.closed,"
        " (SELECT COUNT(*) FROM bookings b WHERE b.station_id = sl.station_id AND b.slot_id = sl.id"
        "   AND b.status = 'confirmed'),"
        " (SELECT COUNT(*) FROM bookings b WHERE b.station_id = sl.station_id AND b.slot_id = sl.id"
        "   AND b.status = 'refused')"
        " FROM slots sl JOIN services sv ON sv.code = sl.service_code JOIN stations st ON st.id = sl.station_id"
        " WHERE sl.starts_at >= ? AND sl.starts_at < ? AND %1")
                      .arg(scope.clause(QStringLiteral("sl.station_id")));
    // Slot times are the stations' wall clock as text, so a day is a range of strings.
    QVariantList values{day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)};
    values.append(scope.values());
    if (!stationId.isEmpty()) {
        sql += QStringLiteral(" AND sl.station_id = ?");
        values.append(stationId);
    }
    sql += QStringLiteral(" ORDER BY sv.sort_order, sv.code, sl.starts_at, sl.station_id");
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::nullopt;
    QJsonArray out;
    QJsonObject current;
    QJsonArray times;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        current.insert(QStringLiteral("slots"), times);
        out.append(current);
        times = {};
    };
    while (q->next()) {
        const QString code = q->value(0).toString();
        if (current.value(QStringLiteral("code")).toString() != code) {
            flush();
            current = {{QStringLiteral("code"), code},
                       {QStringLiteral("name"),
                        QJsonObject{{QStringLiteral("zh"), q->value(1).toString()}, {QStringLiteral("en"), q->value(2).toString()}}}};
        }
        times.append(QJsonObject{{QStringLiteral("id"), q->value(3).toString()},
                                 {QStringLiteral("stationId"), q->value(4).toString()},
                                 {QStringLiteral("stationName"), q->value(5).toString()},
                                 {QStringLiteral("startsAt"), SlotBoard::withOffset(q->value(6).toString())},
                                 {QStringLiteral("endsAt"), SlotBoard::withOffset(q->value(7).toString())},
                                 {QStringLiteral("capacity"), q->value(8).toInt()},
                                 {QStringLiteral("booked"), q->value(9).toInt()},
                                 {QStringLiteral("closed"), q->value(10).toInt() != 0},
                                 {QStringLiteral("confirmed"), q->value(11).toInt()},
                                 {QStringLiteral("refused"), q->value(12).toInt()}});
    }
    flush();
    return out;
}

} // namespace server::console
