// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace idcard {

/// @brief Streaming frame decoder: bytes go in as they arrive, whole frames come out.
///
/// Copes with what serial lines and odd firmware deliver: fragments of any size, garbage
/// before the preamble (skipped), bad checksums and impossible lengths (reported, then the
/// decoder resynchronises on the next preamble). It never buffers more than one maximum
/// frame, so a broken device cannot make it read on forever.
class FrameDecoder
{
public:
    enum class Result {
        NeedMore,    ///< no complete frame yet
        Frame,       ///< body() holds the frame's body
        BadChecksum, ///< a whole frame arrived but its checksum is wrong; it was dropped
        BadLength,   ///< the length field is impossible (too small or over 4 KiB); it was dropped
    };

    /// `minimumLength` is the smallest valid length field: 4 for responses (SW1-3 + CHK),
    /// 3 for requests (CMD PARA CHK).
    explicit FrameDecoder(qsizetype minimumLength = 4);

    void append(QByteArrayView bytes);

    /// Takes the next result out of the buffered bytes; call until it returns NeedMore.
    [[nodiscard]] Result next();

    /// The body (between length and checksum) of the frame last returned as Frame.
    [[nodiscard]] const QByteArray &body() const { return m_body; }

    /// Bytes skipped because they were not part of a frame (for diagnostics, never logged raw).
    [[nodiscard]] qsizetype discardedBytes() const { return m_discarded; }

    /// Bytes waiting in the buffer.
    [[nodiscard]] qsizetype pending() const { return m_buffer.size(); }

    void clear();

private:
    void skipToPreamble();

    QByteArray m_buffer;
    QByteArray m_body;
    qsizetype m_minimumLength;
    qsizetype m_discarded = 0;
};

} // namespace idcard
