// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servicecategory.h"
#include "kiosk/store/bookableslot.h"
#include "kiosk/store/booking.h"
#include "kiosk/store/bookingdraft.h"
#include "kiosk/store/bookingrecord.h"
#include "kiosk/store/result.h"
#include "kiosk/store/serviceoffer.h"
#include "kiosk/store/storecontext.h"

#include <optional>

namespace store {

/// @brief The service catalogue, its bookable times, and a visitor's bookings.
///
/// The server owns capacity: a view model prepares a booking, asks the server to hold the place
/// (PlaceHold), then stores it here as Confirmed (held) or Provisional (the server could not be
/// asked; booked against the cached counts). Each write stores the booking and its outbox entry
/// in one transaction.
class ServiceStore
{
public:
    explicit ServiceStore(StoreContext &context);

    Result<QList<ServiceOffer>> catalogue(std::optional<core::ServiceCategory> category = std::nullopt) const;
    Result<std::optional<ServiceOffer>> service(const QString &serviceId) const;
    /// Slots of a service from `from` to `to` (whole days, inclusive), in time order; closed and
    /// full ones included (the kiosk shows them as such, never hides them).
    Result<QList<BookableSlot>> bookableSlots(const QString &serviceId, QDate from, QDate to) const;

    /// Checks the slot (gone: NotFound; past, closed, not bookable, capacity 0: Invalid; no free
    /// place in the cached counts: Full), the ID number and the phone (Invalid, their problem's
    /// words), and makes the booking's id and code. Nothing is stored.
    Result<BookingDraft> prepareBooking(const QString &slotId, QStringView idNumber, QStringView phone) const;
    /// The certificate key the server knows the visitor by; empty for no ID number.
    Result<QString> visitorKeyOf(QStringView idNumber) const;
    /// Stores a prepared booking (state Confirmed or Provisional) with its outbox `booking` entry.
    /// The checks of prepareBooking are made again inside the transaction; a Confirmed booking
    /// skips the cached place count (the server held the place).
    Result<Booking> book(const BookingDraft &draft);
    /// Convenience for tests and the demo: prepare and store a Provisional booking in one call.
    Result<Booking> book(const QString &slotId, QStringView idNumber = {});

    /// The visitor's bookings from `fromDay` on, every state, in time order.
    Result<QList<BookingRecord>> bookingsOf(QStringView idNumber, QDate fromDay) const;
    /// Cancels one of the visitor's bookings and frees its place in the cached counts. NotFound
    /// (unknown, or not this visitor's), Invalid (already cancelled, time passed). Returns the id
    /// of the outbox `booking_cancellation` entry; empty for a refused booking (the server holds
    /// no place for it, so there is nothing to tell it).
    Result<QString> cancelBooking(const QString &bookingId, QStringView idNumber);
    /// For staff: bookings from `fromDay` on the server has not confirmed (Refused, and
    /// Provisional ones not yet answered), in time order.
    Result<QList<BookingRecord>> unconfirmedBookings(QDate fromDay) const;

private:
    StoreContext &m_context;
};

} // namespace store
