// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/pcmsink.h"

#include <QByteArray>

#include <memory>

class QAudioSink;
class QIODevice;

namespace speech {

/// @brief The station's speaker: Qt Multimedia's QAudioSink in push mode with a small buffer.
class SpeakerSink : public PcmSink
{
public:
    /// `deviceId` picks an output by its id (a PulseAudio sink name); empty means the default.
    explicit SpeakerSink(QByteArray deviceId = {}, int bufferMs = 80);
    ~SpeakerSink() override;

    bool open(int sampleRate) override;
    [[nodiscard]] qsizetype bytesFree() override;
    void write(QByteArrayView pcm) override;
    [[nodiscard]] qsizetype bytesPending() override;
    void discard() override;

private:
    QByteArray m_deviceId;
    int m_bufferMs;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr;
};

} // namespace speech
