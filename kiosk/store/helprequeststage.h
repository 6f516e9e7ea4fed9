// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace store {

/// What "My requests" shows for a help request: the server's status, and what has not left the
/// kiosk yet.
enum class HelpRequestStage {
    WaitingToSend,           ///< still in the outbox (the server has not got it)
    Received,                ///< the server has it (submitted or accepted), no volunteer yet
    VolunteerFound,          ///< assigned: volunteerGivenName and agreedAt are set
    Done,
    Cancelled,               ///< the server confirmed the cancellation
    CancellationWaitingToSend, ///< cancelled on the kiosk, not confirmed yet (Done wins)
};

} // namespace store
