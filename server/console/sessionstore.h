// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolesettings.h"

#include <QString>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief Console sessions (table console_sessions): the cookie's token and its CSRF token.
///
/// The token is 32 random bytes sent as base64url in the cookie; only its SHA-256 is stored,
/// so a copy of the database opens no session. A session ends when unused for the idle time
/// or at its absolute lifetime, whichever comes first.
class SessionStore
{
public:
    struct Opened
    {
        QString token;     ///< for the cookie; never stored
        QString csrfToken; ///< for X-CSRF-Token
    };
    struct Session
    {
        QString login;
        QString csrfToken;
        qint64 createdAt = 0;
        qint64 lastSeenAt = 0;
    };
    enum class Outcome { Found, Missing, Expired, StorageFailed };
    struct Lookup
    {
        Outcome outcome = Outcome::Missing;
        Session session; ///< when Found
    };

    SessionStore(Database &db, const ConsoleSettings &settings);

    /// A new session for `login`; nullopt when it could not be stored. Also removes sessions
    /// that are over (no one can use them again).
    [[nodiscard]] std::optional<Opened> open(const QString &login, qint64 now);
    /// How a request counts for the idle time.
    enum class Use {
        ByPerson,   ///< someone clicked or typed: the idle clock starts again
        Background, ///< the page's own timer (X-Console-Background: 1): checked, not counted
    };
    /// The session of a cookie token. Expired ones are removed and answer Expired; last_seen_at
    /// is written at most once a minute (sooner with a short idle time), not on every call, and
    /// never for a Background use, so a page left open with its refresh timer still ends.
    [[nodiscard]] Lookup find(const QString &token, qint64 now, Use use = Use::ByPerson);
    /// Ends the session of this token (sign-out); false when the storage failed.
    bool end(const QString &token);

    /// The stored form of a token.
    [[nodiscard]] static QString hashOf(const QString &token);
    /// 32 random bytes as base64url without padding.
    [[nodiscard]] static QString randomToken();

private:
    [[nodiscard]] qint64 idleLimitMs() const;
    [[nodiscard]] qint64 absoluteLimitMs() const;

    Database &m_db;
    const ConsoleSettings &m_settings;
};

} // namespace server::console
