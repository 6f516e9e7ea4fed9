// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace store {

/// @brief A walk-in queue number ("A012"): per service queue and day, kept only on the kiosk.
/// Not personal data: it names nobody.
struct QueueTicket
{
    QString id;
    QString serviceId;
    QDate day;
    int number = 0;    ///< from 1 each day
    QString label;     ///< queue prefix + 3 digits
    QDateTime takenAt; ///< UTC
    QDateTime calledAt; ///< UTC; null while waiting
    int window = 0;    ///< the window it was called to; 0 = none
    int waitingBefore = 0; ///< waiting tickets of the same queue ahead of it (0 once called)

    [[nodiscard]] bool isWaiting() const { return calledAt.isNull(); }
};

} // namespace store
