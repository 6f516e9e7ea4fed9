// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/framedecoder.h"

#include "drivers/idcard/frame.h"

namespace idcard {

FrameDecoder::FrameDecoder(qsizetype minimumLength)
    : m_minimumLength(minimumLength)
{
}

void FrameDecoder::append(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

void FrameDecoder::clear()
{
    m_buffer.clear();
    m_body.clear();
    m_discarded = 0;
}

void FrameDecoder::skipToPreamble()
{
    const qsizetype at = m_buffer.indexOf(Frame::preamble());
    if (at >= 0) {
        m_discarded += at;
        m_buffer.remove(0, at);
        return;
    }
    // Keep a tail that might be the start of a preamble split across two reads.
    const qsizetype keep = qMin<qsizetype>(m_buffer.size(), Frame::PreambleSize - 1);
    qsizetype tail = 0;
    for (qsizetype n = keep; n > 0; --n) {
        if (Frame::preamble().first(n) == QByteArrayView(m_buffer).last(n)) {
            tail = n;
            break;
        }
    }
    m_discarded += m_buffer.size() - tail;
    m_buffer.remove(0, m_buffer.size() - tail);
}

FrameDecoder::Result FrameDecoder::next()
{
    skipToPreamble();
    if (m_buffer.size() < Frame::HeaderSize)
        return Result::NeedMore;

    const qsizetype length = (qsizetype(quint8(m_buffer[5])) << 8) | quint8(m_buffer[6]);
    if (length < m_minimumLength || length > Frame::MaxLength) {
        // Drop the first preamble byte only: a real frame may start right after the bad one.
        m_buffer.remove(0, 1);
        ++m_discarded;
        return Result::BadLength;
    }
    const qsizetype total = Frame::HeaderSize + length;
    if (m_buffer.size() < total)
        return Result::NeedMore;

    const QByteArrayView frame = QByteArrayView(m_buffer).first(total);
    const quint8 expected = Frame::checksum(frame.sliced(Frame::PreambleSize, 2 + length - 1));
    const bool ok = expected == quint8(frame.back());
    if (ok)
        m_body = frame.sliced(Frame::HeaderSize, length - 1).toByteArray();
    m_buffer.remove(0, total);
    return ok ? Result::Frame : Result::BadChecksum;
}

} // namespace idcard
