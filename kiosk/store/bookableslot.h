// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace store {

/// @brief A time at a service that a visitor can book (station local time).
struct BookableSlot
{
    QString id;
    QString serviceId;
    QDateTime startsAt;
    QDateTime endsAt;
    int capacity = 0;
    int taken = 0;
    bool closed = false; ///< the day is closed (holiday): shown as closed, never bookable

    [[nodiscard]] int freePlaces() const { return capacity > taken ? capacity - taken : 0; }
};

} // namespace store
