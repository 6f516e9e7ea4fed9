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
/// successful sign-in clears its login's failures, not its address's. Kept in memory: a
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

    /// Seconds until this login at this address may try again; 0 when it may now.
    [[nodiscard]] int retryAfterSeconds(const QString &login, const QString &address, qint64 now);
    void failed(const QString &login, const QString &address, qint64 now);
    void succeeded(const QString &login);

private:
    using Failures = QHash<QString, QList<qint64>>;
    /// Drops failures older than the window (and keys left without any).
    void prune(Failures &failures, qint64 now) const;
    [[nodiscard]] qint64 waitFor(Failures &failures, const QString &key, int limit, qint64 now) const;

    Limits m_limits;
    std::mutex m_mutex;
    Failures m_byLogin;
    Failures m_byAddress;
    qint64 m_lastPrune = 0;
};

} // namespace server::console
