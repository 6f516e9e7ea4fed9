// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/changeset.h"
#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

namespace store {

/// @brief The change feed's statuses of certificate applications (entity `application_status`):
/// staff accepted, finished or refused one sent from this kiosk. Called by SyncQueue::apply
/// inside its transaction, so they commit with the rest of the page and its cursor.
class ApplicationFeedRows
{
public:
    static Result<void> apply(const Database &db, const ChangeSet &changes);
};

} // namespace store
