// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/changeset.h"
#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

namespace store {

/// @brief The change feed's `booking_status` rows: the server confirmed, refused or cancelled one
/// of this station's bookings. Called by SyncQueue::apply inside its transaction.
///
/// A refusal (or a cancellation by the server) frees the booking's place in the cached count,
/// once: a replayed row finds the state already moved. A booking the visitor cancelled here
/// stays cancelled whatever the server said before it heard of the cancellation.
class BookingFeedRows
{
public:
    static Result<void> apply(const Database &db, const ChangeSet &changes);
};

} // namespace store
