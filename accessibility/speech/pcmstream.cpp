// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/pcmstream.h"

#include <QMutexLocker>

#include <algorithm>

namespace speech {

void PcmStream::append(const std::int16_t *samples, int count)
{
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_data.append(reinterpret_cast<const char *>(samples), qsizetype(count) * 2);
}

void PcmStream::finish()
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
}

void PcmStream::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_readPos = m_data.size();
}

QByteArray PcmStream::take(qsizetype maxBytes)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype n = std::min(maxBytes, m_data.size() - m_readPos) & ~qsizetype(1);
    if (n <= 0)
        return {};
    QByteArray chunk = m_data.mid(m_readPos, n);
    m_readPos += n;
    return chunk;
}

qsizetype PcmStream::available() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.size() - m_readPos;
}

bool PcmStream::atEnd() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished && m_readPos >= m_data.size();
}

bool PcmStream::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

qsizetype PcmStream::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.size();
}

} // namespace speech
