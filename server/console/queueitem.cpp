// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queueitem.h"

#include <QDateTime>
#include <QTimeZone>

namespace server::console {

QString QueueItem::isoTime(qint64 ms)
{
    // The stations are all in mainland China (UTC+8 all year), like StationClock.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

QJsonObject QueueItem::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), QueueKinds::key(kind)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("open"), open},
                  {QStringLiteral("urgent"), urgent},
                  {QStringLiteral("stationId"), stationId},
                  {QStringLiteral("stationName"), stationName},
                  {QStringLiteral("district"), district},
                  {QStringLiteral("createdAt"), isoTime(createdAtMs)},
                  {QStringLiteral("summary"), summary}};
    if (!assignedVolunteer.isEmpty())
        o.insert(QStringLiteral("assignedVolunteer"), assignedVolunteer);
    return o;
}

} // namespace server::console
