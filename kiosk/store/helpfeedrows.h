// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/changeset.h"
#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

namespace store {

/// @brief The change feed's rows for volunteer help: the station's list of places, and the
/// volunteer's given name and agreed time on a help request's status. Called by SyncQueue::apply
/// inside its transaction, so they commit with the rest of the page and its cursor.
class HelpFeedRows
{
public:
    static Result<void> apply(const Database &db, const ChangeSet &changes);
};

} // namespace store
