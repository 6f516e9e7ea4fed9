// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speechengine.h"

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/pcmstream.h"
#include "accessibility/speech/player.h"
#include "accessibility/speech/speakersink.h"
#include "accessibility/speech/speechrate.h"
#include "accessibility/speech/synthesisthread.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>

#include <algorithm>
#include <atomic>
#include <cmath>

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.speech")

namespace speech {

namespace {

constexpr int volumeSteps = 5;
constexpr double decibelsPerVolumeStep = 6.0;
constexpr int defaultVolume = 3;

} // namespace

namespace {

SpeechEngine::SinkFactory speakerFactory()
{
    // Qt Multimedia's backend (and its PulseAudio connection) is created on first use and
    // belongs to the thread that used it first: make that the engine's thread, which outlives
    // the playback thread, not the playback thread that ends with this engine.
    static const bool touched = [] {
        QMediaDevices::defaultAudioOutput();
        return true;
    }();
    Q_UNUSED(touched);
    return [] { return std::make_unique<SpeakerSink>(); };
}

} // namespace

SpeechEngine::SpeechEngine(QObject *parent) : SpeechEngine(speakerFactory(), parent) {}

SpeechEngine::SpeechEngine(SinkFactory factory, QObject *parent)
    : QObject(parent),
      m_synthesis(std::make_unique<SynthesisThread>()),
      m_rateStep(SpeechRate::defaultStep),
      m_volumeStep(defaultVolume),
      m_defaultRateStep(SpeechRate::defaultStep),
      m_defaultVolumeStep(defaultVolume)
{
    m_synthesis->start();

    m_playbackThread.setObjectName(QStringLiteral("speech-playback"));
    m_player = new Player(std::move(factory));
    m_player->moveToThread(&m_playbackThread);
    connect(m_player, &Player::finished, this, &SpeechEngine::onPlayerFinished);
    connect(m_player, &Player::audioStarted, this, [this](quint64 id) {
        if (id == m_currentId && m_current)
            emit audioStarted();
    });
    m_playbackThread.start();

    connect(m_player, &Player::audioAvailability, this, [this](bool available) {
        if (available == m_audioAvailable)
            return;
        m_audioAvailable = available;
        if (available)
            qCInfo(lcSpeech) << "audio output available again";
        else
            qCWarning(lcSpeech) << "audio output lost: speech continues silently";
        emit audioAvailableChanged();
    });

    // Opening the device once, up front, tells audioAvailable before anything is spoken.
    bool available = false;
    QMetaObject::invokeMethod(
            m_player,
            [player = m_player, &available] {
                available = player->initialise(EspeakSynthesizer::sampleRate);
            },
            Qt::BlockingQueuedConnection);
    m_audioAvailable = available;
    if (!available) {
        static std::atomic<bool> logged = false;
        if (!logged.exchange(true))
            qCWarning(lcSpeech) << "no audio output device: speech continues silently";
    }
    applyGain();
}

SpeechEngine::~SpeechEngine()
{
    if (m_stream)
        m_stream->cancel();
    // The synthesis thread goes first: it may still post to the player.
    m_synthesis.reset();
    // The player (and its audio sink) is destroyed on its own thread, now, while Qt
    // Multimedia's audio backend still exists. Left to a deleteLater on QThread::finished it
    // could be destroyed after the backend is gone, and crash at exit.
    QMetaObject::invokeMethod(
            m_player, [player = m_player] { delete player; }, Qt::BlockingQueuedConnection);
    m_player = nullptr;
    m_playbackThread.quit();
    m_playbackThread.wait();
}

void SpeechEngine::speak(const QString &text, const QString &language, Priority priority)
{
    if (!m_enabled || text.trimmed().isEmpty())
        return;
    Utterance utterance{text, languageFromCode(language), priority};
    switch (priority) {
    case Priority::Interrupt:
        m_queue.clear();
        endCurrent(true);
        m_queue.append(std::move(utterance));
        break;
    case Priority::Normal: {
        if (m_current && m_current->priority == Priority::Background)
            endCurrent(true);
        // After the other Normal and Interrupt utterances, before the Background ones.
        const auto firstBackground =
                std::find_if(m_queue.begin(), m_queue.end(), [](const Utterance &u) {
                    return u.priority == Priority::Background;
                });
        m_queue.insert(firstBackground, std::move(utterance));
        break;
    }
    case Priority::Background:
        m_queue.append(std::move(utterance));
        break;
    }
    startNext();
}

void SpeechEngine::stop()
{
    m_queue.clear();
    endCurrent(true);
    setSpeaking(false);
}

void SpeechEngine::repeat()
{
    if (m_last)
        speak(m_last->text, languageCode(m_last->language), Priority::Interrupt);
}

void SpeechEngine::resetToDefaults()
{
    setRateStep(m_defaultRateStep);
    setVolumeStep(m_defaultVolumeStep);
    // What was said may have been personal (spoken through headphones): nothing of it may be
    // repeatable by the next visitor.
    m_last.reset();
}

QString SpeechEngine::lastText() const
{
    return m_last ? m_last->text : QString();
}

void SpeechEngine::startNext()
{
    if (m_current)
        return;
    if (m_queue.isEmpty()) {
        setSpeaking(false);
        return;
    }
    m_current = m_queue.takeFirst();
    m_last = m_current;
    m_currentId = ++m_nextId;
    m_stream = std::make_shared<PcmStream>();
    Player *player = m_player;
    m_synthesis->submit({m_current->text, m_current->language, m_rateStep, m_stream,
                         m_normalising,
                         [player] {
                             QMetaObject::invokeMethod(player, [player] { player->pump(); });
                         }});
    QMetaObject::invokeMethod(m_player, [player = m_player, id = m_currentId, stream = m_stream] {
        player->play(id, stream);
    });
    setSpeaking(true);
    emit utteranceStarted(m_current->text, languageCode(m_current->language));
}

void SpeechEngine::endCurrent(bool silence)
{
    if (!m_current)
        return;
    if (silence) {
        m_stream->cancel();
        QMetaObject::invokeMethod(m_player, [player = m_player] { player->stop(); });
    }
    m_stream.reset();
    m_current.reset();
    m_currentId = 0;
    emit utteranceFinished();
}

void SpeechEngine::onPlayerFinished(quint64 id)
{
    if (id == 0 || id != m_currentId)
        return; // a late report about an utterance that was already interrupted
    endCurrent(false);
    startNext();
}

void SpeechEngine::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged();
}

void SpeechEngine::setRateStep(int step)
{
    step = std::clamp(step, 0, rateStepCount() - 1);
    if (step == m_rateStep)
        return;
    m_rateStep = step;
    emit rateStepChanged();
}

void SpeechEngine::setVolumeStep(int step)
{
    step = std::clamp(step, 0, volumeStepCount() - 1);
    if (step == m_volumeStep)
        return;
    m_volumeStep = step;
    applyGain();
    emit volumeStepChanged();
}

void SpeechEngine::setDefaultRateStep(int step)
{
    step = std::clamp(step, 0, rateStepCount() - 1);
    if (step == m_defaultRateStep)
        return;
    m_defaultRateStep = step;
    emit defaultsChanged();
}

void SpeechEngine::setDefaultVolumeStep(int step)
{
    step = std::clamp(step, 0, volumeStepCount() - 1);
    if (step == m_defaultVolumeStep)
        return;
    m_defaultVolumeStep = step;
    emit defaultsChanged();
}

int SpeechEngine::rateStepCount()
{
    return SpeechRate::stepCount;
}

int SpeechEngine::volumeStepCount()
{
    return volumeSteps;
}

double SpeechEngine::volumeDecibels(int step)
{
    return (std::clamp(step, 0, volumeSteps - 1) - (volumeSteps - 1)) * decibelsPerVolumeStep;
}

void SpeechEngine::applyGain()
{
    const double gain = std::pow(10.0, volumeDecibels(m_volumeStep) / 20.0);
    QMetaObject::invokeMethod(m_player, [player = m_player, gain] { player->setGain(gain); });
}

void SpeechEngine::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        stop();
    emit enabledChanged();
}

} // namespace speech
