// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speechrate.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace speech {

namespace {

// Calibrated with espeak-ng 1.51 on kiosk prompts: at these settings each step's audio lasts
// 1/factor(step) times the default step's (within a few percent). Below 80 wpm eSpeak clamps
// the rate, so the slow steps stretch the pauses between words (each character in Mandarin).
constexpr std::array<SpeechRate, SpeechRate::stepCount> mandarin{{
    {80, 11}, {80, 4}, {85, 0}, {107, 0}, {132, 0}, {164, 0}, {200, 0},
}};
constexpr std::array<SpeechRate, SpeechRate::stepCount> english{{
    {80, 9}, {80, 2}, {89, 0}, {112, 0}, {141, 0}, {178, 0}, {224, 0},
}};

} // namespace

SpeechRate SpeechRate::forStep(int step, SpeechLanguage language)
{
    const auto index = static_cast<std::size_t>(std::clamp(step, 0, stepCount - 1));
    return language == SpeechLanguage::Mandarin ? mandarin[index] : english[index];
}

double SpeechRate::factor(int step)
{
    return std::pow(2.0, (std::clamp(step, 0, stepCount - 1) - defaultStep) / 3.0);
}

} // namespace speech
