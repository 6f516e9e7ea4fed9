// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/stationconsolejson.h"

#include <QDateTime>
#include <QJsonArray>

namespace server::console {

QJsonValue StationConsoleJson::time(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
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
                                 {QStringLiteral("since"), p.since}});
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
