// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/bookableslot.h"
#include "kiosk/store/bookingrecord.h"
#include "kiosk/store/serviceoffer.h"

#include <QSqlQuery>

namespace store {

/// @brief The column lists and row readers of services, slots and bookings, in one place so
/// the catalogue, the bookings and the queue read them alike.
class ServiceRows
{
public:
    static const QString &serviceColumns(); ///< of `services`, for readService
    static const QString &slotColumns();    ///< of `slots`, for readSlot
    /// Of `appointments a` joined with `services s` (LEFT JOIN: a service may be gone).
    static const QString &bookingColumns();
    static ServiceOffer readService(const QSqlQuery &q);
    static BookableSlot readSlot(const QSqlQuery &q);
    static BookingRecord readBooking(const QSqlQuery &q);
};

} // namespace store
