// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/changeset.h"
#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

namespace store {

/// @brief The change feed's decisions on volunteers' records made here: a coordinator approved
/// or refused a registration (an approval teaches the kiosk which card is which volunteer), or
/// station duty (approved hours count, refused ones never). Called by SyncQueue::apply inside
/// its transaction.
class CoordinatorDecisions
{
public:
    static Result<void> apply(const Database &db, const ChangeSet &changes);
};

} // namespace store
