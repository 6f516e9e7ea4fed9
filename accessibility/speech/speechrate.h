// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/speechlanguage.h"

namespace speech {

/// @brief The seven speaking rates a visitor can choose, as eSpeak NG settings per language.
///
/// Step 3 (the fourth on screen) is the built-in default: about 190 Mandarin characters or 130
/// English words per minute (measured on typical kiosk prompts, table in speechrate.cpp); each
/// step is a factor 2^(1/3), so step 0 is half and step 6 twice the default. A station may
/// choose another default step ([speech] rate). eSpeak NG will not go below 80 "words" per
/// minute, so English's two slowest steps add a pause between words; the pitch never changes.
struct SpeechRate
{
    static constexpr int stepCount = 7;
    static constexpr int defaultStep = 3;

    int wordsPerMinute = 0; ///< espeakRATE
    int wordGap = 0;        ///< espeakWORDGAP, in 10 ms units

    /// The setting for `step` (clamped to 0..6) in `language`.
    [[nodiscard]] static SpeechRate forStep(int step, SpeechLanguage language);
    /// The speed factor of `step` against the default: 0.5 .. 2.0.
    [[nodiscard]] static double factor(int step);
};

} // namespace speech
