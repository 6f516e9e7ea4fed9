// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <mutex>

namespace server {

/// @brief A token bucket per key (station or address): `perSecond` sustained, `burst` at once.
///
/// Thread-safe: one limiter is shared by the API of every worker thread (SharedLimiters), so a
/// station cannot multiply its allowance by landing on several workers.
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
    /// The bucket refilled up to now; the caller holds m_mutex.
    Bucket refilled(const QString &key, qint64 now) const;

    static constexpr qsizetype maxKeys = 100000;

    mutable std::mutex m_mutex;
    double m_perSecond;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace server
