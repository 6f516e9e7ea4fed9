// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"
#include "kiosk/sync/httpexchange.h"
#include "kiosk/sync/syncclient.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace store {
class Database;
}

namespace kiosksync {

/// @brief The sync thread's request asking the server whether the person at the kiosk registered
/// as a volunteer at this station (the GUI side's card check is kiosk/volunteerlookup.h): POST /v1/volunteers/lookup with the visitor key in the body
/// (never the ID number, never the URL, never a log), answered within 2 s.
///
/// Asked before a registration is taken (so a person already registered is told so instead of
/// registering twice) and when a card is not on the kiosk's volunteer list. An "approved" answer
/// teaches the store the card's volunteer number (RegistrationStore::learnVolunteerKey) before
/// the outcome is reported, so the next look-up by that card finds the volunteer offline too.
class VolunteerLookupRequest
{
public:
    using Outcome = SyncClient::VolunteerLookupOutcome;
    struct Answer
    {
        Outcome outcome = Outcome::Unreachable;
        QString volunteerNumber; ///< when approved
    };
    /// A visitor is waiting: the whole exchange gives up after this long.
    static constexpr int deadlineMs = 2000;

    VolunteerLookupRequest(HttpExchange &http, store::Database &db) : m_http(http), m_db(db) {}

    /// Asks `url` about the holder of `idNumber`; `done` runs once, on this thread. A number that
    /// is not a valid ID number is not asked about: nobody can have registered with it.
    void ask(const QUrl &url, const core::wire::Credential &credential, const QString &idNumber,
             std::function<void(const Answer &)> done, int timeoutMs = deadlineMs);

    /// The request body (openapi.yaml VolunteerLookupRequest).
    [[nodiscard]] static QJsonObject body(const QString &visitorKey);
    /// The answer an HTTP reply means (exposed for tests); anything unreadable is Unreachable.
    [[nodiscard]] static Answer read(const HttpExchange::Result &reply);

private:
    void learn(const core::wire::Credential &credential, const QString &idNumber, const QString &volunteerNumber);

    HttpExchange &m_http;
    store::Database &m_db;
};

} // namespace kiosksync
