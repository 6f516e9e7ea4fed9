// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace store {

/// @brief The sync client's memory: where the change feed stands and how the last try went.
struct SyncStatus
{
    QString cursor; ///< opaque, from the server; empty before the first page
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QString lastError; ///< empty after a success
};

} // namespace store
