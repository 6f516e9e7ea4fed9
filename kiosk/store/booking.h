// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/bookableslot.h"

namespace store {

/// @brief A booked appointment as the visitor is told it: code, queue number and time.
struct Booking
{
    QString id;   ///< UUIDv7
    QString code; ///< confirmation code
    int queueNumber = 0; ///< per service and day, from 1
    BookableSlot slot;
};

} // namespace store
