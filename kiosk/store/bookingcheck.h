// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/bookableslot.h"
#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

namespace store {

/// @brief Whether a slot can be booked now, with the plain-words sentence the visitor is shown
/// and told when it cannot: gone (NotFound), past, closed day, service no longer bookable,
/// capacity 0 (Invalid), no free place in the cached counts (Full). The same checks before the
/// hold (prepareBooking) and inside the booking's transaction (book), so nothing half-stored.
class BookingCheck
{
public:
    enum class Places { Count, Ignore }; ///< Ignore: the server already held the place

    static Result<BookableSlot> slot(const Database &db, const QString &slotId, const QDateTime &now, Places places);
};

} // namespace store
