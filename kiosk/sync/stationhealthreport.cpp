// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/stationhealthreport.h"

#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/stationcondition.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStorageInfo>

namespace kiosksync {

namespace {

/// The entry's time as the wire's UTC time; the creation time when it was never tried.
QString sinceOf(const store::OutboxEntry &entry)
{
    for (const QString &text : {entry.lastAttemptAt, entry.createdAt}) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toUTC().toString(Qt::ISODate);
    }
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QString StationHealthReport::softwareVersion()
{
    return QStringLiteral(KIOSK_SOFTWARE_VERSION);
}

core::wire::StationHealth StationHealthReport::build(const store::SyncQueue &queue, const QString &storePath,
                                                     const StationCondition &condition)
{
    core::wire::StationHealth h;
    h.version = softwareVersion();
    h.reader = condition.reader();
    h.speaker = condition.speaker();
    const QStorageInfo disk(QFileInfo(storePath).absolutePath());
    if (disk.isValid() && disk.isReady())
        h.freeDiskBytes = disk.bytesAvailable();
    if (auto parked = queue.parked(core::wire::StationHealth::maxParked); parked.ok()) {
        for (const store::OutboxEntry &e : parked.value())
            h.parked.append({e.kind.left(core::wire::StationHealth::maxKindLength), core::wire::StationHealth::plainReason(e.parkedReason), sinceOf(e)});
    }
    const auto counts = queue.counts();
    h.parkedCount = qMax(int(h.parked.size()), counts.ok() ? counts->parked : 0);
    return h;
}

} // namespace kiosksync
