// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speakersink.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>

#include <algorithm>

namespace speech {

SpeakerSink::SpeakerSink(QByteArray deviceId, int bufferMs)
    : m_deviceId(std::move(deviceId)), m_bufferMs(bufferMs)
{
}

SpeakerSink::~SpeakerSink()
{
    if (m_sink)
        m_sink->reset();
}

bool SpeakerSink::open(int sampleRate)
{
    QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (!m_deviceId.isEmpty()) {
        device = {};
        for (const QAudioDevice &candidate : QMediaDevices::audioOutputs()) {
            if (candidate.id() == m_deviceId)
                device = candidate;
        }
    }
    if (device.isNull())
        return false;
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_sink = std::make_unique<QAudioSink>(device, format);
    // A small buffer bounds how much is still heard after an interrupt.
    m_sink->setBufferSize(qsizetype(sampleRate) * 2 * m_bufferMs / 1000);
    m_device = m_sink->start();
    if (!m_device || m_sink->error() != QAudio::NoError) {
        m_sink.reset();
        m_device = nullptr;
        return false;
    }
    return true;
}

qsizetype SpeakerSink::bytesFree()
{
    return m_sink ? m_sink->bytesFree() & ~qsizetype(1) : 0;
}

void SpeakerSink::write(QByteArrayView pcm)
{
    if (m_device)
        m_device->write(pcm.data(), pcm.size());
}

qsizetype SpeakerSink::bytesPending()
{
    if (!m_sink)
        return 0;
    const QAudio::State state = m_sink->state();
    if (state == QAudio::IdleState || state == QAudio::StoppedState)
        return 0;
    return std::max<qsizetype>(0, m_sink->bufferSize() - m_sink->bytesFree());
}

void SpeakerSink::discard()
{
    // Only an active stream holds audio; reconnecting an idle one would only cost time.
    if (!m_sink || m_sink->state() != QAudio::ActiveState)
        return;
    // reset() drops the queued audio (the PulseAudio stream is disconnected); a new start()
    // gives a fresh push device.
    m_sink->reset();
    m_device = m_sink->start();
}

} // namespace speech
