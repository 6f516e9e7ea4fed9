// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/queueticket.h"
#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"

#include <optional>

namespace store {

/// @brief Walk-in queue numbers: taking one, today's queue of a service, staff calling the
/// next one to a window, and the last call (for the display).
///
/// The kiosk owns the numbers, so taking, calling and showing them work offline; they are never
/// sent to the server. Each service has its own series per day, from 1. A second kiosk at the
/// same station keeps its own series (README: a known limit).
class QueueStore
{
public:
    explicit QueueStore(StoreContext &context);

    /// A new number for the service today. NotFound (no such service); Invalid when it gives no
    /// numbers (not walk-in) or is not open now (its weekly hours).
    Result<QueueTicket> takeNumber(const QString &serviceId);
    /// Today's tickets of the service, in number order, waiting and called.
    Result<QList<QueueTicket>> today(const QString &serviceId) const;
    /// The oldest waiting ticket of the service becomes called to `window`; nullopt when nobody
    /// is waiting. Invalid for a negative window.
    Result<std::optional<QueueTicket>> callNext(const QString &serviceId, int window);
    /// Today's latest call, any service: what the display shows.
    Result<std::optional<QueueTicket>> lastCalled() const;

private:
    StoreContext &m_context;
};

} // namespace store
