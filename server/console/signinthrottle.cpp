// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/signinthrottle.h"

namespace server::console {

namespace {

// A login is counted by what was typed (cut short, in lower case), so very long inputs cannot
// fill the memory and "Wang" counts with "wang".
QString loginKey(const QString &login)
{
    return login.trimmed().left(64).toLower();
}

} // namespace

SignInThrottle::SignInThrottle() : SignInThrottle(Limits{}) {}

SignInThrottle::SignInThrottle(Limits limits) : m_limits(limits) {}

void SignInThrottle::prune(Failures &failures, qint64 now) const
{
    for (auto it = failures.begin(); it != failures.end();) {
        QList<qint64> &times = it.value();
        while (!times.isEmpty() && now - times.first() >= m_limits.windowMs)
            times.removeFirst();
        it = times.isEmpty() ? failures.erase(it) : std::next(it);
    }
}

qint64 SignInThrottle::waitFor(Failures &failures, const QString &key, int limit, qint64 now) const
{
    auto it = failures.find(key);
    if (it == failures.end())
        return 0;
    QList<qint64> &times = it.value();
    while (!times.isEmpty() && now - times.first() >= m_limits.windowMs)
        times.removeFirst();
    if (times.size() < limit)
        return 0;
    // Free again when the failure that makes the count reach the limit leaves the window.
    return times.at(times.size() - limit) + m_limits.windowMs - now;
}

SignInThrottle::Attempt SignInThrottle::reserve(const QString &login, const QString &address, qint64 now)
{
    std::lock_guard lock(m_mutex);
    const QString key = loginKey(login);
    const qint64 wait = std::max(waitFor(m_byLogin, key, m_limits.perLogin, now),
                                 waitFor(m_byAddress, address, m_limits.perAddress, now));
    if (wait > 0)
        return {int((wait + 999) / 1000), now};
    // Once a minute at most, the keys nobody used within the window go.
    if (now - m_lastPrune > 60 * 1000) {
        prune(m_byLogin, now);
        prune(m_byAddress, now);
        m_lastPrune = now;
    }
    m_byLogin[key].append(now);
    m_byAddress[address].append(now);
    return {0, now};
}

void SignInThrottle::forget(Failures &failures, const QString &key, qint64 at)
{
    auto it = failures.find(key);
    if (it == failures.end())
        return;
    it.value().removeOne(at);
    if (it.value().isEmpty())
        failures.erase(it);
}

void SignInThrottle::succeeded(const QString &login, const QString &address, const Attempt &attempt)
{
    std::lock_guard lock(m_mutex);
    m_byLogin.remove(loginKey(login));
    forget(m_byAddress, address, attempt.at);
}

void SignInThrottle::release(const QString &login, const QString &address, const Attempt &attempt)
{
    if (!attempt.allowed())
        return;
    std::lock_guard lock(m_mutex);
    forget(m_byLogin, loginKey(login), attempt.at);
    forget(m_byAddress, address, attempt.at);
}

} // namespace server::console
