// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/queueitem.h"

namespace server::console {

/// @brief Which open items come first in the queue: open staff calls (someone is waiting at
/// a kiosk); help requests due within 24 hours that have no volunteer yet; bookings not
/// confirmed that start within 24 hours; and anything open for more than 3 days.
class QueueUrgency
{
public:
    static constexpr qint64 soonMs = 24 * 3600 * 1000LL;
    static constexpr qint64 waitedTooLongMs = 3 * 24 * 3600 * 1000LL;

    /// Reads the item's summary (wantedDay, dayPart, startsAt) and status.
    [[nodiscard]] static bool isUrgent(const QueueItem &item, qint64 nowMs);

private:
    /// When a help request is due: its day at the start of its part of the day (stations' time).
    [[nodiscard]] static qint64 helpDueMs(const QString &wantedDay, const QString &dayPart);
};

} // namespace server::console
