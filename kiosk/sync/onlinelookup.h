// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"
#include "kiosk/sync/httpexchange.h"
#include "kiosk/sync/syncclient.h"

#include <QUrl>

#include <functional>

namespace store {
class Database;
}

namespace kiosksync {

/// @brief One online certificate look-up, on the sync thread: POST /v1/certificates/lookup with
/// the ID number in the body (never the URL, never a log), the answer mapped with the change
/// feed's own certificate mapping and kept in the certificate cache, the change-feed cursor
/// left where it is.
class OnlineLookup
{
public:
    using Outcome = SyncClient::LookupOutcome;
    /// A visitor is waiting: the whole exchange gives up after this long.
    static constexpr int deadlineMs = 3000;

    OnlineLookup(HttpExchange &http, store::Database &db) : m_http(http), m_db(db) {}

    /// Asks `url` for the holder of `idNumber`; `done` runs once, on this thread, with the outcome.
    void ask(const QUrl &url, const core::wire::Credential &credential, const QString &idNumber,
             std::function<void(Outcome)> done, int timeoutMs = deadlineMs);

private:
    Outcome take(const HttpExchange::Result &reply, const core::wire::Credential &credential, const QString &expectedKey);

    HttpExchange &m_http;
    store::Database &m_db;
};

} // namespace kiosksync
