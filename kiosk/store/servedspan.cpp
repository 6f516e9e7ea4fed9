// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/servedspan.h"

#include <cstdlib>

namespace store {

ServedSpan ServedSpan::measure(const QDateTime &checkInAt, const QString &checkInBoot, std::optional<qint64> checkInMs,
                               const QDateTime &checkOutAt, const MonotonicReading &now)
{
    ServedSpan span;
    const qint64 wallMs = checkInAt.msecsTo(checkOutAt);
    const bool sameBoot = !checkInBoot.isEmpty() && checkInBoot == now.bootId && checkInMs.has_value()
                          && now.ms >= *checkInMs;
    if (sameBoot) {
        const qint64 elapsedMs = now.ms - *checkInMs;
        span.byTimer = true;
        span.timerDisagrees = std::llabs(wallMs - elapsedMs) > kDisagreementMs;
        span.minutes = elapsedMs / 60000;
    } else {
        if (wallMs < 0) {
            span.verdict = Verdict::ClockMoved;
            return span;
        }
        span.minutes = wallMs / 60000;
    }
    if (span.minutes > kMostMinutes)
        span.verdict = Verdict::Expired;
    return span;
}

} // namespace store
