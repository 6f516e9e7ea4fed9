// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/catalogue.h"

#include <QDateTime>

namespace server {

bool Catalogue::upsertService(const QString &code, const QString &category, const core::LocalizedText &name)
{
    if (!m_db.exec(QStringLiteral("INSERT INTO services (code, category, name_zh, name_en, updated_at) VALUES (?, ?, ?, ?, ?)"
                                  " ON CONFLICT (code) DO UPDATE SET category = excluded.category,"
                                  " name_zh = excluded.name_zh, name_en = excluded.name_en, updated_at = excluded.updated_at"),
                   {code, category, name.zh, name.en, QDateTime::currentMSecsSinceEpoch()}))
        return false;
    const QJsonObject data{{QStringLiteral("category"), category},
                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), name.zh}, {QStringLiteral("en"), name.en}}}};
    return m_feed.append(ChangeFeed::cityWide, {0, QStringLiteral("service"), code, data, false});
}

bool Catalogue::addSlot(const QString &stationId, const QString &slotId, const QString &serviceCode,
                        const QString &startsAt, int capacity)
{
    // Slots live only in the feed: the station is the one place that books them.
    const QJsonObject data{{QStringLiteral("service"), serviceCode},
                           {QStringLiteral("startsAt"), startsAt},
                           {QStringLiteral("capacity"), capacity}};
    return m_feed.append(stationId, {0, QStringLiteral("slot"), slotId, data, false});
}

} // namespace server
