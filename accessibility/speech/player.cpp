// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/player.h"

#include "accessibility/speech/pcmstream.h"
#include "accessibility/speech/silentsink.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace speech {

namespace {

// How often the sink is topped up: a quarter of its ~80 ms buffer.
constexpr int pumpIntervalMs = 20;
// A sink that reports audio pending but makes no progress for this long is treated as done,
// so a stuck device never leaves the engine "speaking" for ever.
constexpr qint64 stallTimeoutMs = 2000;
// A device that takes nothing for this long while audio waits is gone (unplugged, server
// died). Generous, because a PulseAudio null sink can sit up to 2 s before starting a stream.
constexpr qint64 deviceLostMs = 4000;
// Without a device, a new utterance tries to open one again at most this often.
constexpr qint64 reopenIntervalMs = 3000;

void applyGain(QByteArray &pcm, double gain)
{
    if (std::abs(gain - 1.0) < 1e-6)
        return;
    auto *samples = reinterpret_cast<std::int16_t *>(pcm.data());
    const qsizetype count = pcm.size() / 2;
    for (qsizetype i = 0; i < count; ++i) {
        const long v = std::lround(samples[i] * gain);
        samples[i] = std::int16_t(std::clamp<long>(v, INT16_MIN, INT16_MAX));
    }
}

} // namespace

Player::Player(SinkFactory factory) : m_factory(std::move(factory)) {}

Player::~Player() = default;

bool Player::initialise(int sampleRate)
{
    m_sampleRate = sampleRate;
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(pumpIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Player::pump);

    m_available = openDevice();
    if (!m_available)
        useSilentSink();
    return m_available;
}

bool Player::openDevice()
{
    m_sinceOpenAttempt.start();
    std::unique_ptr<PcmSink> sink = m_factory ? m_factory() : nullptr;
    if (!sink || !sink->open(m_sampleRate))
        return false;
    m_sink = std::move(sink);
    return true;
}

void Player::useSilentSink()
{
    m_sink = std::make_unique<SilentSink>();
    m_sink->open(m_sampleRate);
}

void Player::play(quint64 id, std::shared_ptr<PcmStream> stream)
{
    if (m_stream)
        m_sink->discard();
    if (!m_available && m_sinceOpenAttempt.elapsed() > reopenIntervalMs && openDevice()) {
        m_available = true;
        emit audioAvailability(true);
    }
    m_stream = std::move(stream);
    m_id = id;
    m_started = false;
    m_sinceProgress.start();
    pump();
    m_timer->start();
}

void Player::stop()
{
    m_timer->stop();
    if (m_stream)
        m_stream->cancel();
    m_stream.reset();
    m_sink->discard();
}

void Player::setGain(double gain)
{
    m_gain = gain;
}

void Player::pump()
{
    if (!m_stream)
        return;
    // One buffer's worth at most per write, so a volume change is heard within one buffer.
    for (;;) {
        const qsizetype room = m_sink->bytesFree();
        if (room < 2)
            break;
        QByteArray chunk = m_stream->take(room);
        if (chunk.isEmpty())
            break;
        applyGain(chunk, m_gain);
        m_sink->write(chunk);
        m_sinceProgress.restart();
        if (!m_started) {
            m_started = true;
            emit audioStarted(m_id);
        }
    }
    if (!m_stream->atEnd()) {
        if (m_available && m_stream->available() > 0
            && m_sinceProgress.elapsed() > deviceLostMs) {
            // Carry on silently so the visitor's session and the queue keep going.
            m_available = false;
            useSilentSink();
            m_sinceOpenAttempt.start();
            m_sinceProgress.restart();
            emit audioAvailability(false);
        }
        return;
    }
    const qsizetype pending = m_sink->bytesPending();
    if (pending == 0 || m_sinceProgress.elapsed() > stallTimeoutMs + pending * 1000 / (2 * m_sampleRate))
        finishCurrent();
}

void Player::finishCurrent()
{
    m_timer->stop();
    m_stream.reset();
    emit finished(m_id);
}

} // namespace speech
