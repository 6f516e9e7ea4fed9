// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/stationconsolejson.h"

#include "server/console/queueitem.h"

#include <QDateTime>
#include <QJsonArray>

namespace server::console {

QJsonValue StationConsoleJson::time(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    // The same form as the work queue's and the audit's times, so the page shows one clock.
    return QueueItem::isoTime(ms);
}

QJsonValue StationConsoleJson::time(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? time(at.toMSecsSinceEpoch()) : QJsonValue(iso);
}

QJsonObject StationConsoleJson::toJson(const StationInfo &s, qint64 nowMs, int silentAfterMinutes)
{
    const qint64 silentAfterMs = qint64(qMax(1, silentAfterMinutes)) * 60 * 1000;
    const bool silent = !s.revoked && (s.lastContactAt <= 0 || nowMs - s.lastContactAt > silentAfterMs);
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("district"), s.district},
                  {QStringLiteral("lastContactAt"), time(s.lastContactAt)},
                  {QStringLiteral("silent"), silent},
                  {QStringLiteral("backlog"), s.backlog >= 0 ? QJsonValue(s.backlog) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("healthAt"), time(s.healthAt)},
                  {QStringLiteral("revoked"), s.revoked},
                  {QStringLiteral("enrollmentCodeValidUntil"), time(s.enrollmentCodeValidUntil)}};
    if (!s.health) {
        for (const char *field : {"parked", "reader", "speaker", "version", "freeDiskBytes"})
            o.insert(QString::fromLatin1(field), QJsonValue::Null);
        return o;
    }
    QJsonArray items;
    for (const auto &p : s.health->parked)
        items.append(QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("reason"), p.reason},
                                 {QStringLiteral("since"), time(p.since)}});
    o.insert(QStringLiteral("parked"), QJsonObject{{QStringLiteral("count"), s.health->parkedCount},
                                                   {QStringLiteral("items"), items}});
    o.insert(QStringLiteral("reader"), s.health->reader);
    o.insert(QStringLiteral("speaker"), s.health->speaker);
    o.insert(QStringLiteral("version"), s.health->version);
    o.insert(QStringLiteral("freeDiskBytes"), s.health->freeDiskBytes >= 0 ? QJsonValue(double(s.health->freeDiskBytes))
                                                                           : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace server::console
