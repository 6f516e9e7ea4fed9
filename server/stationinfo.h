// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

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

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace server
