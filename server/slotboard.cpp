// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/slotboard.h"

#include "core/weeklyhours.h"

#include <QDateTime>
#include <QJsonObject>

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
    for (QDate day = from; day <= to; day = day.addDays(1)) {
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

std::optional<int> SlotBoard::closeDay(const QString &stationId, QDate day, const QString &serviceCode)
{
    const QString first = day.toString(Qt::ISODate);
    const QString next = day.addDays(1).toString(Qt::ISODate);
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
