// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace server {

/// @brief A token bucket per key (station or address): `perSecond` sustained, `burst` at once.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst);

    /// True when the request may go ahead; false means answer 429.
    bool allow(const QString &key);
    /// Seconds until the key has a token again (for Retry-After).
    [[nodiscard]] int retryAfterSeconds(const QString &key) const;
    [[nodiscard]] bool isEnabled() const { return m_perSecond > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastNs = 0;
    };
    double m_perSecond;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace server
