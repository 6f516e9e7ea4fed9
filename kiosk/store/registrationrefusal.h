// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

#include <QString>

namespace store {

/// @brief A volunteer registration the server refused at delivery (its outbox entry parked).
///
/// Without this the registration would stay "pending" here for good and the person be told
/// "waiting for approval" forever. Called by SyncQueue::park inside its transaction.
class RegistrationRefusal
{
public:
    /// If `outboxId` is a volunteer registration: its row becomes refused with the reason's code
    /// (RegistrationReason), so the person may register again; when the server named the person's
    /// volunteer number, the card is learnt as that volunteer's; when the server holds another
    /// registration of this person waiting for a coordinator, the row stays pending (a second
    /// try would only be refused again); and the parked payload keeps
    /// only id, createdAt and code: the name, given name, masked ID number, phone, card key,
    /// skills and times go as at delivery, since a refused registration is never sent again.
    /// Other kinds are left alone.
    static Result<void> applyIfRegistration(const Database &db, const QString &outboxId, const QString &serverReason);
};

} // namespace store
