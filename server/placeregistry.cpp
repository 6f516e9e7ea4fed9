// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/placeregistry.h"

#include <QDateTime>

namespace server {

QJsonObject PlaceRegistry::Place::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("stationId"), stationId},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), name.zh}, {QStringLiteral("en"), name.en}}},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("sortOrder"), sortOrder}};
}

bool PlaceRegistry::upsert(const Place &p, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (p.id.isEmpty() || p.id.size() > 64)
        return refuse(QStringLiteral("id: 1 to 64 characters"));
    if (p.name.zh.trimmed().isEmpty() || p.name.en.trimmed().isEmpty())
        return refuse(QStringLiteral("name: both --name-zh and --name-en are needed"));
    if (p.kind != u"hospital" && p.kind != u"place")
        return refuse(QStringLiteral("kind: hospital or place"));
    const QString station = p.stationId.isEmpty() ? ChangeFeed::cityWide : p.stationId;
    if (station != ChangeFeed::cityWide && !m_db.scalar(QStringLiteral("SELECT 1 FROM stations WHERE id = ?"), {station}).isValid())
        return refuse(QStringLiteral("station-id: no station \"%1\"").arg(station));
    // Moving a place to another station withdraws it from the old one's list first.
    const QVariant before = m_db.scalar(QStringLiteral("SELECT station_id FROM places WHERE id = ?"), {p.id});
    if (before.isValid() && before.toString() != station
        && !m_feed.append(before.toString(), {0, QStringLiteral("place"), p.id, {}, true}))
        return false;
    if (!m_db.exec(QStringLiteral("INSERT INTO places (id, station_id, name_zh, name_en, kind, sort_order, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET station_id = excluded.station_id,"
                                  " name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind,"
                                  " sort_order = excluded.sort_order, updated_at = excluded.updated_at"),
                   {p.id, station, p.name.zh.trimmed(), p.name.en.trimmed(), p.kind, p.sortOrder,
                    QDateTime::currentMSecsSinceEpoch()}))
        return false;
    const QJsonObject data{{QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), p.name.zh.trimmed()},
                                                                {QStringLiteral("en"), p.name.en.trimmed()}}},
                           {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("sortOrder"), p.sortOrder}};
    return m_feed.append(station, {0, QStringLiteral("place"), p.id, data, false});
}

bool PlaceRegistry::remove(const QString &id, QString *problem)
{
    const QVariant station = m_db.scalar(QStringLiteral("SELECT station_id FROM places WHERE id = ?"), {id});
    if (!station.isValid()) {
        if (problem)
            *problem = QStringLiteral("no place %1").arg(id);
        return false;
    }
    if (!m_db.exec(QStringLiteral("DELETE FROM places WHERE id = ?"), {id}))
        return false;
    return m_feed.append(station.toString(), {0, QStringLiteral("place"), id, {}, true});
}

std::optional<QList<PlaceRegistry::Place>> PlaceRegistry::query(const QString &where, const QVariantList &values)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, station_id, name_zh, name_en, kind, sort_order FROM places %1"
                                      " ORDER BY sort_order, id").arg(where),
                       values);
    if (!q)
        return std::nullopt;
    QList<Place> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), {q->value(2).toString(), q->value(3).toString()},
                    q->value(4).toString(), q->value(5).toInt()});
    return out;
}

std::optional<QList<PlaceRegistry::Place>> PlaceRegistry::forStation(const QString &stationId)
{
    return query(QStringLiteral("WHERE station_id = ? OR station_id = ?"), {stationId, ChangeFeed::cityWide});
}

std::optional<QList<PlaceRegistry::Place>> PlaceRegistry::all()
{
    return query({}, {});
}

bool PlaceRegistry::isListedFor(const QString &placeId, const QString &stationId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM places WHERE id = ? AND (station_id = ? OR station_id = ?)"),
                       {placeId, stationId, ChangeFeed::cityWide}).isValid();
}

} // namespace server
