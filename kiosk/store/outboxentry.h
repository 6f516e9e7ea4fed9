// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace store {

/// @brief One visitor-originated record waiting to be delivered to the server.
struct OutboxEntry
{
    QString id;        ///< UUIDv7, the record's own id and the idempotency key
    QString kind;      ///< "volunteer_request", "booking", "check_in", "help_call", "rating", "home_assessment_request"
    QJsonObject payload;
    QString createdAt; ///< kiosk time, ISO 8601 UTC
    int attempts = 0;
    QString parkedReason; ///< empty while pending
    QString lastAttemptAt; ///< the last delivery attempt (for a parked entry: when it was refused), ISO 8601 UTC; empty: none
};

} // namespace store
