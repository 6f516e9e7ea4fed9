// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/opencheckin.h"

#include <QDateTime>

#include <optional>

namespace store {

/// @brief An open check-in as volunteer_checks keeps it: what the desk shows (OpenCheckIn), and
/// what a check-out needs to count it.
struct CheckInRow : OpenCheckIn
{
    QString volunteerId;
    QString bootId;
    std::optional<qint64> monotonicMs;
    QDateTime assignmentEndsAt; ///< invalid for station duty
};

} // namespace store
