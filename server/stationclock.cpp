// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/stationclock.h"

#include <QTimeZone>

namespace server {

QDateTime StationClock::now()
{
    // Without zone data the fixed offset is the same (no summer time since 1991).
    static const QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai")).isValid()
                                      ? QTimeZone(QByteArrayLiteral("Asia/Shanghai"))
                                      : QTimeZone(8 * 3600);
    return QDateTime::currentDateTimeUtc().toTimeZone(zone);
}

QString StationClock::localMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(now().timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate StationClock::today()
{
    return now().date();
}

} // namespace server
