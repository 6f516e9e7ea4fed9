// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "kiosk/store/bookingstate.h"

#include <QDateTime>

namespace store {

/// @brief One of a visitor's bookings as "My bookings" and staff mode show it.
struct BookingRecord
{
    QString id;
    QString code;
    QString serviceId;
    core::LocalizedText serviceName;
    core::LocalizedText place; ///< room or window
    QDateTime startsAt;        ///< station local time
    QDateTime endsAt;
    int queueNumber = 0;
    BookingState state = BookingState::Provisional;
    core::LocalizedText whatToBring;
    QString refusedReason; ///< the server's plain words when Refused
};

} // namespace store
