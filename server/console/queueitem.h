// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/queuekind.h"

#include <QJsonObject>
#include <QString>

namespace server::console {

/// @brief One thing in the coordinators' work queue, as read from its desk's tables.
///
/// The visitor's phone, key and masked ID number are carried for the detail and the reveal
/// only: toJson() (the list and the item in every answer) never holds them.
struct QueueItem
{
    QString id;
    QueueKind kind = QueueKind::Help;
    QString status; ///< the desk's own status key (records, applications, bookings)
    bool open = true;
    bool urgent = false;
    QString stationId;
    QString stationName;
    QString district;
    qint64 createdAtMs = 0;       ///< when it came in (server time; an application: the visitor's)
    qint64 statusChangedAtMs = 0;
    QJsonObject summary;          ///< short, nothing personal
    QJsonObject details;          ///< what a coordinator needs to act, nothing personal but the note
    QJsonObject assignedVolunteer; ///< {volunteerId, name, agreedAt}, empty when none
    bool calledBack = false;

    QString phone;          ///< digits, empty when none is kept; never in toJson()
    QString visitorKey;     ///< never in toJson()
    QString idNumberMasked; ///< an application's own masked number, else empty

    /// {id, kind, status, urgent, stationId, stationName, district, createdAt, summary, assignedVolunteer?}
    [[nodiscard]] QJsonObject toJson() const;
    /// ms since the epoch as ISO 8601 in the stations' time, with its offset ("2026-12-01T09:30:00+08:00").
    [[nodiscard]] static QString isoTime(qint64 ms);
};

} // namespace server::console
