// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <mutex>

namespace server::console {

/// @brief Failed console sign-ins per login and per address, shared by every worker.
///
/// After 5 failures for one login, or 20 from one address, within 15 minutes, sign-in is
/// refused (429) until the oldest of them is 15 minutes old. Only failures count; a
/// successful sign-in clears its login's failures, not its address's. An attempt counts as a
/// failure from its start (reserve()) until it turns out right, so several at once cannot
/// each pass the check before any of them is counted. Kept in memory: a
/// restart forgets them, which costs a guesser a restart of the server.
class SignInThrottle
{
public:
    struct Limits
    {
        int perLogin = 5;
        int perAddress = 20;
        qint64 windowMs = 15 * 60 * 1000;
    };

    SignInThrottle();
    explicit SignInThrottle(Limits limits);

    /// One attempt of a sign-in: counted as a failure from the moment it is reserved, so
    /// parallel attempts cannot together pass the limit.
    struct Attempt
    {
        int retryAfterSeconds = 0; ///< > 0: refused, nothing counted; try again after that long
        qint64 at = 0;             ///< when it was counted (for release())
        [[nodiscard]] bool allowed() const { return retryAfterSeconds == 0; }
    };

    /// Checks the limits and, when they allow it, counts this attempt as a failure, in one step
    /// (before the password is hashed).
    [[nodiscard]] Attempt reserve(const QString &login, const QString &address, qint64 now);
    /// The password was right: the attempt no longer counts, nor do the login's earlier failures.
    void succeeded(const QString &login, const QString &address, const Attempt &attempt);
    /// The attempt was not decided (the server was busy or its storage failed): it no longer counts.
    void release(const QString &login, const QString &address, const Attempt &attempt);

private:
    using Failures = QHash<QString, QList<qint64>>;
    /// Drops failures older than the window (and keys left without any).
    void prune(Failures &failures, qint64 now) const;
    [[nodiscard]] qint64 waitFor(Failures &failures, const QString &key, int limit, qint64 now) const;
    /// Removes one failure counted at `at` under `key`.
    static void forget(Failures &failures, const QString &key, qint64 at);

    Limits m_limits;
    std::mutex m_mutex;
    Failures m_byLogin;
    Failures m_byAddress;
    qint64 m_lastPrune = 0;
};

} // namespace server::console
