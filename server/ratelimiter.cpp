// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ratelimiter.h"

#include <QtMath>

namespace server {

RateLimiter::RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(qMax(1.0, burst))
{
    m_clock.start();
}

bool RateLimiter::allow(const QString &key)
{
    if (m_perSecond <= 0)
        return true;
    const qint64 now = m_clock.nsecsElapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &b = *it;
    b.tokens = qMin(m_burst, b.tokens + double(now - b.lastNs) / 1e9 * m_perSecond);
    b.lastNs = now;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds(const QString &key) const
{
    if (m_perSecond <= 0)
        return 0;
    const Bucket b = m_buckets.value(key);
    return qMax(1, int(qCeil((1.0 - b.tokens) / m_perSecond)));
}

} // namespace server
