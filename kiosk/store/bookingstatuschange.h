// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/bookingstate.h"

#include <QDateTime>

namespace store {

/// @brief The server's word on one of this station's bookings (change feed `booking_status`).
struct BookingStatusChange
{
    QString bookingId;
    BookingState status = BookingState::Confirmed; ///< Confirmed, Refused or Cancelled
    QString reason;   ///< plain words, for a refusal
    QDateTime changedAt;
};

} // namespace store
