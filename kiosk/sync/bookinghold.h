// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"
#include "kiosk/store/bookingdraft.h"
#include "kiosk/sync/httpexchange.h"
#include "kiosk/sync/syncclient.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace store {
class SyncQueue;
}

namespace kiosksync {

/// @brief Holding a place on the server for a visitor who is waiting at the review page, on the
/// sync thread: POST /v1/bookings with the booking's own id (idempotent), answered within 2 s.
///
/// The server owns capacity, so its answer decides: held, full (its counts are written into
/// the slot cache at once, so the reloaded list shows them), gone, invalid (past, closed day,
/// service not bookable), or unreachable (no answer in time, 5xx, 429, refused access): then
/// the kiosk books provisionally. The body carries no ID number, only the visitor key; the
/// phone is never logged.
class BookingHold
{
public:
    using Outcome = SyncClient::HoldOutcome;
    struct Answer
    {
        Outcome outcome = Outcome::Unreachable;
        QString reason; ///< the server's plain words for a refusal
        int capacity = -1; ///< the slot's counts when the server sent them, else -1
        int taken = -1;
    };
    /// A visitor is waiting: the whole exchange gives up after this long.
    static constexpr int deadlineMs = 2000;

    BookingHold(HttpExchange &http, store::SyncQueue &queue) : m_http(http), m_queue(queue) {}

    /// Sends `holdBody` (openapi.yaml BookingHold) to `url`; `done` runs once, on this thread.
    void ask(const QUrl &url, const core::wire::Credential &credential, const QJsonObject &holdBody,
             std::function<void(const Answer &)> done, int timeoutMs = deadlineMs);

    /// The request body (openapi.yaml BookingHold) for a prepared booking: the visitor key,
    /// never the ID number; the phone only when given.
    [[nodiscard]] static QJsonObject body(const store::BookingDraft &draft, const QString &visitorKey);
    /// The answer an HTTP reply means (exposed for tests).
    [[nodiscard]] static Answer read(const HttpExchange::Result &reply);

private:
    HttpExchange &m_http;
    store::SyncQueue &m_queue;
};

} // namespace kiosksync
