// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace kiosksync {

/// @brief Exponential back-off with full jitter: after n failures wait a random time in
/// [min, min(max, min * 2^n)], so a thousand kiosks coming back after an outage do not all
/// knock at the same second.
class Backoff
{
public:
    Backoff(int minMs, int maxMs) : m_minMs(minMs), m_maxMs(maxMs) {}

    /// The wait before the next try after one more failure.
    int nextDelayMs();
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    /// The upper bound of the wait after `failures` failures (no jitter).
    [[nodiscard]] int ceilingMs(int failures) const;

private:
    int m_minMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace kiosksync
