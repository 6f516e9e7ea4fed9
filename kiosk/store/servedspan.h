// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/monotonicreading.h"

#include <QDateTime>

#include <optional>

namespace store {

/// @brief How long a volunteer served between a check-in and a check-out, and whether it can
/// be counted at all.
///
/// In the boot of the check-in the monotonic clock counts (a wall clock set forwards or back in
/// between changes nothing, and the server is sent the minutes). After a restart only the wall
/// clock is left: a wall clock before the check-in cannot be counted. Either way more than 16
/// hours is a forgotten check-out, not service (the server refuses it too).
struct ServedSpan
{
    enum class Verdict { Counted, Expired, ClockMoved };

    static constexpr qint64 kMostMinutes = 16 * 60;
    /// The wall clock may drift this much from the monotonic one before the kiosk says it
    /// counted by its timer.
    static constexpr qint64 kDisagreementMs = 2 * 60 * 1000;

    Verdict verdict = Verdict::Counted;
    qint64 minutes = 0;
    bool byTimer = false;        ///< counted by the monotonic clock (the check-out sends servedMinutes)
    bool timerDisagrees = false; ///< the wall clock said something else by more than 2 minutes

    /// `checkInBoot` empty (or `now` of another boot) counts by the wall clock.
    [[nodiscard]] static ServedSpan measure(const QDateTime &checkInAt, const QString &checkInBoot,
                                            std::optional<qint64> checkInMs, const QDateTime &checkOutAt,
                                            const MonotonicReading &now);
};

} // namespace store
