// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/changefeed.h"

#include <QDateTime>
#include <QJsonDocument>

namespace server {

bool ChangeFeed::append(const QString &stationId, const core::wire::Change &change)
{
    const QVariant seq = m_db.scalar(
        QStringLiteral("UPDATE change_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq"));
    if (!seq.isValid())
        return false;
    return m_db
        .exec(QStringLiteral("INSERT INTO changes (seq, station_id, entity, entity_key, data, deleted, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {seq.toLongLong(), stationId, change.entity, change.key,
               QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)),
               change.deleted ? 1 : 0, QDateTime::currentMSecsSinceEpoch()})
        .has_value();
}

std::optional<core::wire::ChangesPage> ChangeFeed::page(const QString &stationId, qint64 since, int limit)
{
    // The station's own rows, the city-wide ones and its district's ("@<district>": volunteers
    // registered at any station of the district), so a station enrolled later gets them too.
    auto q = m_db.exec(QStringLiteral("SELECT seq, entity, entity_key, data, deleted FROM changes"
                                      " WHERE station_id IN (?, ?, (SELECT '@' || district FROM stations"
                                      "   WHERE id = ? AND district <> '')) AND seq > ? ORDER BY seq LIMIT ?"),
                       {stationId, cityWide, stationId, since, limit + 1});
    if (!q)
        return std::nullopt;
    core::wire::ChangesPage page;
    qint64 last = since;
    while (q->next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        core::wire::Change c;
        c.seq = q->value(0).toLongLong();
        c.entity = q->value(1).toString();
        c.key = q->value(2).toString();
        c.data = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        c.deleted = q->value(4).toInt() != 0;
        last = c.seq;
        page.changes.append(c);
    }
    page.cursor = QString::number(last);
    return page;
}

} // namespace server
