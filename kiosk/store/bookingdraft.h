// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/bookingstate.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief A booking checked and ready to be held on the server and then stored
/// (ServiceStore::prepareBooking). The id is the hold's and the outbox record's idempotency key,
/// so a later push of the same booking is harmless. Lives in memory only: the ID number and
/// phone reach the file only through ServiceStore::book (hashed, and the phone until delivered).
struct BookingDraft
{
    QString id;       ///< UUIDv7
    QString code;     ///< confirmation code, unique in the store
    QString slotId;
    QString idNumber; ///< as typed or read from the card; may be empty
    QString phone;    ///< digits only, may be empty
    BookingState state = BookingState::Provisional; ///< Confirmed once the server held it
    // What the hold request needs besides the above (filled by prepareBooking).
    QString serviceId{};
    QDateTime startsAt{}; ///< station local time
    QString visitorKey{}; ///< certificate key of idNumber, empty without one
};

} // namespace store
