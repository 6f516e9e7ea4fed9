// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace speech {

/// @brief Where the engine's 16-bit mono PCM goes: the speaker, nowhere, or a test's recorder.
///
/// The engine's playback thread creates the sink and is the only thread that calls it. Audio
/// is pushed in small pieces as the sink has room, so at most one buffer (under 100 ms) is
/// queued beyond what has been heard when speech is interrupted.
class PcmSink
{
public:
    virtual ~PcmSink() = default;

    /// Opens the output; false when there is no usable audio device.
    virtual bool open(int sampleRate) = 0;
    /// Bytes the sink takes now without growing its queue beyond one buffer.
    [[nodiscard]] virtual qsizetype bytesFree() = 0;
    virtual void write(QByteArrayView pcm) = 0;
    /// Bytes written but not yet heard.
    [[nodiscard]] virtual qsizetype bytesPending() = 0;
    /// Drops everything queued: the output falls silent at once.
    virtual void discard() = 0;
};

} // namespace speech
