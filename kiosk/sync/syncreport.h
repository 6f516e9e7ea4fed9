// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace kiosksync {

/// @brief What staff mode shows about syncing: last success, what waits, and the last problem in
/// plain words.
struct SyncReport
{
    QDateTime lastSuccess; ///< invalid: never
    int pending = 0;
    int parked = 0;
    QString lastError; ///< empty after a successful round; English (logs, tools)
    QString problem;   ///< the same as a SyncProblem code, for words in the language on screen
    bool enrolled = false;
    bool syncing = false;

    bool operator==(const SyncReport &) const = default;
};

} // namespace kiosksync

Q_DECLARE_METATYPE(kiosksync::SyncReport)
