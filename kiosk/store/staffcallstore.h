// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/result.h"
#include "kiosk/store/staffcallrecord.h"
#include "kiosk/store/storecontext.h"

#include <QList>
#include <optional>

namespace store {

/// @brief Staff answering the visitors' calls (RequestStore::callStaff makes them): the calls
/// not yet closed, acknowledging one (someone is on the way) and closing it (dealt with).
/// Staff's handling stays on this kiosk; the call itself reaches the centre through the outbox
/// (`help_call`) as it always did.
class StaffCallStore
{
public:
    explicit StaffCallStore(StoreContext &context);

    /// Open and acknowledged calls, oldest first (the longest wait at the top), at most `limit`.
    Result<QList<StaffCallRecord>> unclosed(int limit = 50) const;
    /// One call in any state; nullopt for an unknown id (purged, or never made here).
    Result<std::optional<StaffCallRecord>> call(const QString &id) const;
    /// Someone is on the way. NotFound for an unknown call, AlreadyDone when already
    /// acknowledged or closed.
    Result<StaffCallRecord> acknowledge(const QString &id);
    /// Dealt with: off the list. An open call may be closed without acknowledging it first.
    /// NotFound for an unknown call, AlreadyDone when closed already.
    Result<StaffCallRecord> close(const QString &id);

private:
    Result<StaffCallRecord> move(const QString &id, StaffCallRecord::State to);

    StoreContext &m_context;
};

} // namespace store
