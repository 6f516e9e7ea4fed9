// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstdint>

/// @brief Loudness and length of 16-bit mono PCM, for asserting what a listener would hear.
namespace pcmmeasure {

constexpr int sampleRate = 22050;

inline double seconds(const QByteArray &pcm)
{
    return pcm.size() / 2.0 / sampleRate;
}

inline double rms(const QByteArray &pcm, qsizetype from = 0, qsizetype to = -1)
{
    const auto *s = reinterpret_cast<const std::int16_t *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    to = to < 0 ? n : std::min(to, n);
    if (to <= from)
        return 0;
    double sum = 0;
    for (qsizetype i = from; i < to; ++i)
        sum += double(s[i]) * s[i];
    return std::sqrt(sum / double(to - from));
}

inline double decibels(double ratio)
{
    return 20.0 * std::log10(ratio);
}

/// Seconds between the first and the last 10 ms frame louder than `threshold` RMS.
inline double audibleSpan(const QByteArray &pcm, double threshold = 200)
{
    const qsizetype frame = sampleRate / 100;
    const qsizetype frames = pcm.size() / 2 / frame;
    qsizetype first = -1, last = -1;
    for (qsizetype f = 0; f < frames; ++f) {
        if (rms(pcm, f * frame, (f + 1) * frame) > threshold) {
            if (first < 0)
                first = f;
            last = f;
        }
    }
    return first < 0 ? 0.0 : (last - first + 1) / 100.0;
}

/// The longest silence (10 ms frames at or below `threshold` RMS) between the first and the
/// last audible frame, in seconds: the longest pause a listener hears inside an utterance.
inline double longestPause(const QByteArray &pcm, double threshold = 200)
{
    const qsizetype frame = sampleRate / 100;
    const qsizetype frames = pcm.size() / 2 / frame;
    qsizetype longest = 0, run = 0;
    bool started = false;
    for (qsizetype f = 0; f < frames; ++f) {
        if (rms(pcm, f * frame, (f + 1) * frame) > threshold) {
            if (started)
                longest = std::max(longest, run);
            started = true;
            run = 0;
        } else {
            ++run;
        }
    }
    return longest / 100.0;
}

} // namespace pcmmeasure
