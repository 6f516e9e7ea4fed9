// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speechrate.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace speech {

namespace {

// Calibrated with espeak-ng 1.51 (tst_speechrate; KIOSK_SPEECH_RATE_SWEEP=1 prints the curve):
// each step's speed is factor(step) times the default step's, over five typical Mandarin
// prompts (185 characters) and three English ones, pauses included. Mandarin's default (step
// 4 on screen) is about 190 characters per minute, ordinary Mandarin spoken with care; at the
// 107 "wpm" used before it was 125, half of everyday speech. Below 80 wpm eSpeak clamps the
// rate, so the slow English steps stretch the pauses between words instead.
//
// Measured (tst_speechrate, Debian 12, espeak-ng 1.51), characters / words per minute:
//   step (on screen)   1    2    3    4    5    6    7
//   Mandarin          97  120  151  190  238  301  378
//   English           64   83  104  131  166  210  265
constexpr std::array<SpeechRate, SpeechRate::stepCount> mandarin{{
    {80, 0}, {103, 0}, {127, 0}, {157, 0}, {191, 0}, {234, 0}, {281, 0},
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
