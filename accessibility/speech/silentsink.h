// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/pcmsink.h"

#include <QElapsedTimer>

namespace speech {

/// @brief A sink without a device: it "plays" PCM at the pace of a real speaker and discards it.
///
/// Used when the station has no audio output, so speech keeps its timing (the speaking
/// property, utteranceFinished) and the kiosk behaves the same, only silent. `speed` > 1 plays
/// faster than real time, for tests.
class SilentSink : public PcmSink
{
public:
    explicit SilentSink(double speed = 1.0, int bufferMs = 80);

    bool open(int sampleRate) override;
    [[nodiscard]] qsizetype bytesFree() override;
    void write(QByteArrayView pcm) override;
    [[nodiscard]] qsizetype bytesPending() override;
    void discard() override;

private:
    void drain();

    double m_speed;
    int m_bufferMs;
    double m_bytesPerMs = 44.1;
    double m_pending = 0;
    QElapsedTimer m_clock;
    qint64 m_lastDrainNs = 0;
};

} // namespace speech
