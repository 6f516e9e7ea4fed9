// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queueurgency.h"

#include <QDateTime>
#include <QTimeZone>

namespace server::console {

qint64 QueueUrgency::helpDueMs(const QString &wantedDay, const QString &dayPart)
{
    const QDate day = QDate::fromString(wantedDay, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return -1; // any day: the visitor waits for a call, no date to miss
    // A morning (or any time) begins when the station opens; the others as core::DayParts says them.
    const QTime start = dayPart == u"afternoon" ? QTime(13, 0) : dayPart == u"evening" ? QTime(18, 0) : QTime(8, 0);
    return QDateTime(day, start, QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

bool QueueUrgency::isUrgent(const QueueItem &item, qint64 nowMs)
{
    if (!item.open)
        return false;
    if (nowMs - item.createdAtMs > waitedTooLongMs)
        return true;
    switch (item.kind) {
    case QueueKind::StaffCall:
        return true;
    case QueueKind::Help: {
        if (item.status != u"submitted" && item.status != u"accepted")
            return false;
        const qint64 due = helpDueMs(item.summary.value(QStringLiteral("wantedDay")).toString(),
                                     item.summary.value(QStringLiteral("dayPart")).toString());
        return due >= 0 && due - nowMs <= soonMs;
    }
    case QueueKind::Booking: {
        const QDateTime starts = QDateTime::fromString(item.summary.value(QStringLiteral("startsAt")).toString(),
                                                       QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!starts.isValid())
            return false;
        const QDateTime local(starts.date(), starts.time(), QTimeZone(8 * 3600));
        return local.toMSecsSinceEpoch() - nowMs <= soonMs;
    }
    default:
        return false;
    }
}

} // namespace server::console
