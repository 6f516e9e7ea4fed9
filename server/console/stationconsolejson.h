// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/stationinfo.h"

#include <QJsonObject>

namespace server::console {

/// @brief One station as the console's stations page shows it (GET /console/api/stations):
/// last contact and whether it is silent, backlog, what the kiosk last reported (parked items,
/// reader, speaker, version, free disk, when), revocation and an unused code's expiry.
///
/// What the kiosk never told is null (an older kiosk, or one that has not pushed yet), so the
/// page says "unknown" rather than a made-up zero.
class StationConsoleJson
{
public:
    /// `nowMs` and `silentAfterMinutes` decide `silent`: no contact yet, or none for longer.
    /// A revoked station is never silent: nobody expects it to call.
    [[nodiscard]] static QJsonObject toJson(const StationInfo &station, qint64 nowMs, int silentAfterMinutes);
    /// ms since epoch as ISO 8601 in the stations' time with its offset, as the queue and the
    /// audit send it (QueueItem::isoTime: "2026-12-02T12:12:03+08:00"), null for 0.
    [[nodiscard]] static QJsonValue time(qint64 ms);
    /// A time the kiosk sent (a parked item's "since", UTC) in that same form; kept as sent
    /// when it cannot be read.
    [[nodiscard]] static QJsonValue time(const QString &iso);
};

} // namespace server::console
