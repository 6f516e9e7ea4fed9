// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cstdint>
#include <functional>

namespace speech {

/// @brief Joins the PCM of an utterance's parts (one per voice, see LanguageSegments) into one
/// stream without the silence eSpeak puts at the end and start of each text.
///
/// Each synthesis ends in a sentence-final pause and begins with a short silence; between two
/// parts of one sentence ("请按 | English | 键") that would sound like the kiosk stopped. At a
/// join the silence is cut to `joinGapMs`, a pause between words; silence inside a part (a
/// comma, a full stop) is passed on unchanged, and so is the last part's ending. Silence is
/// held back only until the next sound, so the first audio is not delayed.
class PcmJoiner
{
public:
    /// Receives joined samples; returns false to abandon the utterance.
    using Sink = std::function<bool(const std::int16_t *samples, int count)>;

    static constexpr int joinGapMs = 60;

    PcmJoiner(int sampleRate, Sink sink);

    /// A part begins (its leading silence is dropped unless it is the first part).
    void beginPart();
    /// The part's samples; false once the sink abandoned the utterance.
    bool add(const std::int16_t *samples, int count);
    /// A part ended; `last`: the utterance's last part (its trailing silence is kept).
    void endPart(bool last);

private:
    bool forward(const std::int16_t *samples, int count);

    int m_sampleRate;
    Sink m_sink;
    QList<std::int16_t> m_held; ///< trailing silence not passed on yet
    bool m_partStarted = false; ///< a part after the first has not sounded yet
    bool m_anyPart = false;
    bool m_abandoned = false;
};

} // namespace speech
