// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/pcmjoiner.h"

#include <algorithm>
#include <cstdlib>

namespace speech {

namespace {

// Below this a sample is silence (eSpeak's pauses are zeros or a faint tail).
constexpr int silenceLevel = 64;

bool loud(std::int16_t sample)
{
    return std::abs(int(sample)) >= silenceLevel;
}

} // namespace

PcmJoiner::PcmJoiner(int sampleRate, Sink sink) : m_sampleRate(sampleRate), m_sink(std::move(sink)) {}

void PcmJoiner::beginPart()
{
    m_partStarted = m_anyPart;
    m_anyPart = true;
}

bool PcmJoiner::forward(const std::int16_t *samples, int count)
{
    if (count <= 0 || m_abandoned)
        return !m_abandoned;
    if (!m_sink(samples, count))
        m_abandoned = true;
    return !m_abandoned;
}

bool PcmJoiner::add(const std::int16_t *samples, int count)
{
    if (m_abandoned)
        return false;
    int from = 0;
    if (m_partStarted) {
        // The join: drop this part's leading silence and cut the held one to a word gap.
        while (from < count && !loud(samples[from]))
            ++from;
        if (from == count)
            return true;
        const qsizetype gap = std::min<qsizetype>(m_held.size(), qsizetype(m_sampleRate) * joinGapMs / 1000);
        const QList<std::int16_t> pause(gap, 0);
        m_held.clear();
        m_partStarted = false;
        if (!forward(pause.constData(), int(pause.size())))
            return false;
    }
    int lastLoud = count - 1;
    while (lastLoud >= from && !loud(samples[lastLoud]))
        --lastLoud;
    if (lastLoud < from) { // all silence: hold it until the next sound or the end
        m_held.append(QList<std::int16_t>(samples + from, samples + count));
        return true;
    }
    if (!m_held.isEmpty()) {
        const QList<std::int16_t> held = std::exchange(m_held, {});
        if (!forward(held.constData(), int(held.size())))
            return false;
    }
    if (!forward(samples + from, lastLoud + 1 - from))
        return false;
    m_held.append(QList<std::int16_t>(samples + lastLoud + 1, samples + count));
    return true;
}

void PcmJoiner::endPart(bool last)
{
    if (last && !m_held.isEmpty()) {
        const QList<std::int16_t> held = std::exchange(m_held, {});
        forward(held.constData(), int(held.size()));
    }
}

} // namespace speech
