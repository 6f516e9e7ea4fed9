// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/stationhealth.h"

#include <QString>

namespace store {
class SyncQueue;
}

namespace kiosksync {

class StationCondition;

/// @brief What the kiosk says of itself with a push (core::wire::StationHealth), gathered on
/// the sync thread.
///
/// - version: the software version CMake gives the project (KIOSK_SOFTWARE_VERSION);
/// - reader, speaker: the words the GUI thread left in StationCondition;
/// - freeDiskBytes: QStorageInfo of the store's folder, bytes this user may still write;
/// - parked: the oldest StationHealth::maxParked parked outbox entries (kind, reason, when
///   refused) and how many there are; each reason made plain by StationHealth::plainReason(),
///   the rule the server applies again before it stores them.
class StationHealthReport
{
public:
    [[nodiscard]] static core::wire::StationHealth build(const store::SyncQueue &queue, const QString &storePath,
                                                         const StationCondition &condition);
    [[nodiscard]] static QString softwareVersion();
};

} // namespace kiosksync
