// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/slotboard.h"

#include "core/weeklyhours.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace server {

namespace {

const QString localFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

SlotBoard::Slot readSlot(QSqlQuery &q)
{
    SlotBoard::Slot s;
    s.id = q.value(0).toString();
    s.stationId = q.value(1).toString();
    s.serviceCode = q.value(2).toString();
    s.startsAt = q.value(3).toString();
    s.endsAt = q.value(4).toString();
    s.capacity = q.value(5).toInt();
    s.taken = q.value(6).toInt();
    s.closed = q.value(7).toInt() != 0;
    return s;
}

constexpr const char *slotColumns = "id, station_id, service_code, starts_at, ends_at, capacity, taken, closed";
constexpr const char *closedColumns = "id, station_id, day, service_code, reason, closed_at, login";

SlotBoard::ClosedDay readClosedDay(QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong(),
            q.value(6).toString()};
}

} // namespace

QString SlotBoard::slotId(const QString &serviceCode, const QDateTime &start)
{
    return serviceCode + u'-' + start.toString(QStringLiteral("yyyyMMdd-HHmm"));
}

QString SlotBoard::withOffset(const QString &localTime)
{
    // Every station is in Asia/Shanghai (StationClock): UTC+8 all year.
    return localTime.left(19) + QStringLiteral("+08:00");
}

bool SlotBoard::put(const Slot &slot)
{
    if (!m_db.exec(QStringLiteral("INSERT INTO slots (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)"
                                  " ON CONFLICT (station_id, id) DO UPDATE SET service_code = excluded.service_code,"
                                  " starts_at = excluded.starts_at, ends_at = excluded.ends_at,"
                                  " capacity = excluded.capacity, updated_at = excluded.updated_at")
                       .arg(QLatin1String(slotColumns)),
                   {slot.id, slot.stationId, slot.serviceCode, slot.startsAt, slot.endsAt, slot.capacity,
                    QDateTime::currentMSecsSinceEpoch()}))
        return false;
    return announce(slot.stationId, slot.id);
}

std::optional<SlotBoard::Generated> SlotBoard::generate(const QString &stationId, const ServiceDefinition &service,
                                                        QDate from, QDate to)
{
    const auto hours = core::WeeklyHours::parse(service.weeklyHours);
    Generated result;
    if (!hours || service.slotMinutes <= 0)
        return result;
    const qint64 step = qint64(service.slotMinutes) * 60;
    // The days closed for this service or for all: no times at all, not even closed ones.
    auto closed = m_db.exec(QStringLiteral("SELECT day FROM closed_days WHERE station_id = ? AND day >= ? AND day <= ?"
                                           " AND service_code IN ('', ?)"),
                            {stationId, from.toString(Qt::ISODate), to.toString(Qt::ISODate), service.code});
    if (!closed)
        return std::nullopt;
    QSet<QString> closedDays;
    while (closed->next())
        closedDays.insert(closed->value(0).toString());
    closed->finish();
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (closedDays.contains(day.toString(Qt::ISODate)))
            continue;
        for (const auto &[open, close] : hours->periodsOn(day)) {
            for (QDateTime start(day, open); start.addSecs(step) <= QDateTime(day, close); start = start.addSecs(step)) {
                const QString id = slotId(service.code, start);
                auto there = m_db.exec(QStringLiteral("SELECT 1 FROM slots WHERE station_id = ? AND id = ?"), {stationId, id});
                if (!there)
                    return std::nullopt;
                if (there->next()) {
                    ++result.kept;
                    continue;
                }
                there->finish();
                Slot slot{id, stationId, service.code, start.toString(localFormat),
                          start.addSecs(step).toString(localFormat), service.capacity, 0, false};
                if (!put(slot))
                    return std::nullopt;
                ++result.created;
            }
        }
    }
    return result;
}

std::optional<int> SlotBoard::closeDay(const QString &stationId, QDate day, const QString &serviceCode,
                                       const QString &reason, const QString &login)
{
    const QString first = day.toString(Qt::ISODate);
    const QString next = day.addDays(1).toString(Qt::ISODate);
    if (!m_db.exec(QStringLiteral("INSERT INTO closed_days (station_id, day, service_code, reason, closed_at, login)"
                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, day, service_code) DO NOTHING"),
                   {stationId, first, serviceCode, reason, QDateTime::currentMSecsSinceEpoch(), login}))
        return std::nullopt;
    QString sql = QStringLiteral("SELECT id FROM slots WHERE station_id = ? AND starts_at >= ? AND starts_at < ? AND closed = 0");
    QVariantList values{stationId, first, next};
    if (!serviceCode.isEmpty()) {
        sql += QStringLiteral(" AND service_code = ?");
        values.append(serviceCode);
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::nullopt;
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    q->finish();
    for (const QString &id : ids) {
        if (!m_db.exec(QStringLiteral("UPDATE slots SET closed = 1, updated_at = ? WHERE station_id = ? AND id = ?"),
                       {QDateTime::currentMSecsSinceEpoch(), stationId, id})
            || !announce(stationId, id))
            return std::nullopt;
    }
    return int(ids.size());
}

std::optional<SlotBoard::ClosedDay> SlotBoard::closedDay(const QString &stationId, QDate day, const QString &serviceCode,
                                                         bool *failed)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM closed_days WHERE station_id = ? AND day = ? AND service_code = ?")
                           .arg(QLatin1String(closedColumns)),
                       {stationId, day.toString(Qt::ISODate), serviceCode});
    *failed = !q;
    if (!q || !q->next())
        return std::nullopt;
    return readClosedDay(*q);
}

std::optional<SlotBoard::ClosedDay> SlotBoard::closedDay(qint64 id, bool *failed)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM closed_days WHERE id = ?").arg(QLatin1String(closedColumns)), {id});
    *failed = !q;
    if (!q || !q->next())
        return std::nullopt;
    return readClosedDay(*q);
}

bool SlotBoard::reopenDay(const ClosedDay &closed)
{
    if (!m_db.exec(QStringLiteral("DELETE FROM closed_days WHERE id = ?"), {closed.id}))
        return false;
    const QString first = closed.day.toString(Qt::ISODate);
    // A slot stays closed while another closing of the day still covers it (the whole day
    // closed besides this service, or this service besides the whole day).
    QString sql = QStringLiteral("SELECT s.id FROM slots s WHERE s.station_id = ? AND s.starts_at >= ? AND s.starts_at < ?"
                                 " AND s.closed = 1 AND NOT EXISTS (SELECT 1 FROM closed_days d WHERE d.station_id = s.station_id"
                                 " AND d.day = ? AND d.service_code IN ('', s.service_code))");
    QVariantList values{closed.stationId, first, closed.day.addDays(1).toString(Qt::ISODate), first};
    if (!closed.serviceCode.isEmpty()) {
        sql += QStringLiteral(" AND s.service_code = ?");
        values.append(closed.serviceCode);
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return false;
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    q->finish();
    for (const QString &id : ids) {
        if (!m_db.exec(QStringLiteral("UPDATE slots SET closed = 0, updated_at = ? WHERE station_id = ? AND id = ?"),
                       {QDateTime::currentMSecsSinceEpoch(), closed.stationId, id})
            || !announce(closed.stationId, id))
            return false;
    }
    return true;
}

std::optional<SlotBoard::Slot> SlotBoard::find(const QString &stationId, const QString &slotId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM slots WHERE station_id = ? AND id = ?").arg(QLatin1String(slotColumns)),
                       {stationId, slotId});
    if (!q || !q->next())
        return std::nullopt;
    return readSlot(*q);
}

bool SlotBoard::announce(const QString &stationId, const QString &slotId)
{
    const auto slot = find(stationId, slotId);
    if (!slot)
        return false;
    const QJsonObject data{{QStringLiteral("service"), slot->serviceCode},
                           {QStringLiteral("startsAt"), withOffset(slot->startsAt)},
                           {QStringLiteral("endsAt"), withOffset(slot->endsAt)},
                           {QStringLiteral("capacity"), slot->capacity},
                           {QStringLiteral("taken"), slot->taken},
                           {QStringLiteral("closed"), slot->closed}};
    return m_feed.append(stationId, {0, QStringLiteral("slot"), slotId, data, false});
}

} // namespace server
