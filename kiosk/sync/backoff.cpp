// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/backoff.h"

#include <QRandomGenerator>

namespace kiosksync {

int Backoff::ceilingMs(int failures) const
{
    qint64 ceiling = m_minMs;
    for (int i = 1; i < failures && ceiling < m_maxMs; ++i)
        ceiling *= 2;
    return int(qMin<qint64>(ceiling, m_maxMs));
}

int Backoff::nextDelayMs()
{
    ++m_failures;
    const int ceiling = ceilingMs(m_failures);
    if (ceiling <= m_minMs)
        return ceiling;
    return m_minMs + int(QRandomGenerator::global()->bounded(ceiling - m_minMs + 1));
}

} // namespace kiosksync
