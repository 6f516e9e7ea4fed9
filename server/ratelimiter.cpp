// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ratelimiter.h"

#include <QtMath>

namespace server {

RateLimiter::RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(qMax(1.0, burst))
{
    m_clock.start();
}

RateLimiter::Bucket RateLimiter::refilled(const QString &key, qint64 now) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd())
        return Bucket{m_burst, now};
    return Bucket{qMin(m_burst, it->tokens + double(now - it->lastNs) / 1e9 * m_perSecond), now};
}

bool RateLimiter::allow(const QString &key)
{
    if (m_perSecond <= 0)
        return true;
    const std::lock_guard lock(m_mutex);
    Bucket b = refilled(key, m_clock.nsecsElapsed());
    const bool allowed = b.tokens >= 1.0;
    if (allowed)
        b.tokens -= 1.0;
    m_buckets.insert(key, b);
    // Many addresses (or made-up station ids) must not grow this without end: a bucket that
    // has filled up again is the same as no bucket, so those go.
    if (m_buckets.size() > maxKeys) {
        const qint64 now = m_clock.nsecsElapsed();
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = refilled(it.key(), now).tokens >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
    return allowed;
}

int RateLimiter::retryAfterSeconds(const QString &key) const
{
    if (m_perSecond <= 0)
        return 0;
    const std::lock_guard lock(m_mutex);
    const Bucket b = refilled(key, m_clock.nsecsElapsed());
    return qMax(1, int(qCeil((1.0 - b.tokens) / m_perSecond)));
}

} // namespace server
