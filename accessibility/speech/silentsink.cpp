// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/silentsink.h"

#include <algorithm>

namespace speech {

SilentSink::SilentSink(double speed, int bufferMs)
    : m_speed(speed), m_bufferMs(bufferMs)
{
}

bool SilentSink::open(int sampleRate)
{
    m_bytesPerMs = sampleRate * 2 / 1000.0;
    m_clock.start();
    m_lastDrainNs = 0;
    return true;
}

void SilentSink::drain()
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.nsecsElapsed();
    m_pending = std::max(0.0, m_pending - (now - m_lastDrainNs) / 1e6 * m_bytesPerMs * m_speed);
    m_lastDrainNs = now;
}

qsizetype SilentSink::bytesFree()
{
    drain();
    return std::max<qsizetype>(0, qsizetype(m_bufferMs * m_bytesPerMs - m_pending)) & ~qsizetype(1);
}

void SilentSink::write(QByteArrayView pcm)
{
    drain();
    m_pending += pcm.size();
}

qsizetype SilentSink::bytesPending()
{
    drain();
    return qsizetype(m_pending);
}

void SilentSink::discard()
{
    m_pending = 0;
}

} // namespace speech
