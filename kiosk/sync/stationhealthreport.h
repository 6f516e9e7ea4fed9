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
///   refused) and how many there are.
class StationHealthReport
{
public:
    [[nodiscard]] static core::wire::StationHealth build(const store::SyncQueue &queue, const QString &storePath,
                                                         const StationCondition &condition);
    [[nodiscard]] static QString softwareVersion();
    /// A parked reason fit for the centre's screen: one line, at most the wire's length, and any
    /// run of seven or more digits (a phone or ID number, should a reason ever quote one) hidden.
    [[nodiscard]] static QString plainReason(const QString &reason);
};

} // namespace kiosksync
