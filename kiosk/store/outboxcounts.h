// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace store {

/// @brief How many outbox entries wait for delivery, and how many were parked for staff.
struct OutboxCounts
{
    int pending = 0;
    int parked = 0;
};

} // namespace store
