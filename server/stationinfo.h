// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/stationhealth.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace server {

/// @brief What the centre knows about one station (no secrets).
struct StationInfo
{
    QString id;
    QString name;
    QString district;
    bool enrolled = false;
    bool revoked = false;
    qint64 lastContactAt = 0; ///< ms since epoch, 0 = never
    int backlog = -1;         ///< items waiting in its outbox when it last pushed, -1 = unknown
    /// What the kiosk last said of itself with a push (reader, speaker, version, disk, parked
    /// items); none from a kiosk that never sent it.
    std::optional<core::wire::StationHealth> health;
    qint64 healthAt = 0;               ///< when it said so, ms since epoch, 0 = never
    qint64 enrollmentCodeValidUntil = 0; ///< an unused enrollment code's expiry, 0 = none

    /// The station as it sees itself (GET /v1/station): without the health and the code,
    /// which are for the centre's staff.
    [[nodiscard]] QJsonObject toJson() const;
    /// For the centre's staff (`kiosk-server admin stations`): toJson() and, when known,
    /// health (as the kiosk sent it), healthAt and enrollmentCodeValidUntil.
    [[nodiscard]] QJsonObject toStaffJson() const;
};

} // namespace server
