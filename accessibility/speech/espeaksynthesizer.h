// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/speechlanguage.h"
#include "accessibility/speech/speechrate.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace speech {

/// @brief The process's one libespeak-ng: turns text into 16-bit mono PCM, one call at a time.
///
/// libespeak-ng keeps its state in globals, so every engine (and every test) shares this one
/// instance and calls are serialised by a mutex. It runs in AUDIO_OUTPUT_SYNCHRONOUS mode: the
/// calling thread gets the PCM in chunks of about 50 ms through `onPcm`, which can stop the
/// synthesis by returning false (that is how speech is interrupted mid-sentence).
class EspeakSynthesizer
{
public:
    /// Receives `count` samples; returns false to abandon the rest of the text.
    using PcmCallback = std::function<bool(const std::int16_t *samples, int count)>;

    /// Sample rate of the PCM (22050 Hz with the stock voices).
    static constexpr int sampleRate = 22050;

    /// Synthesises `text` and blocks until done or abandoned. False when libespeak-ng could
    /// not be initialised or the voice is missing; `onPcm` is then never called.
    static bool synthesize(const QString &text, SpeechLanguage language, SpeechRate rate,
                           const PcmCallback &onPcm);

    /// eSpeak NG's phoneme transcription of `text` (its ASCII phoneme names, clauses separated
    /// by spaces), for tuning pronunciation; empty when libespeak-ng is unavailable.
    [[nodiscard]] static QString phonemes(const QString &text, SpeechLanguage language);

    /// True once libespeak-ng initialised with its data files (initialises on first use).
    [[nodiscard]] static bool isAvailable();

    /// The eSpeak NG voice used for `language`.
    [[nodiscard]] static const char *voiceName(SpeechLanguage language);
};

} // namespace speech
