// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/pcmsink.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace speech {

class PcmStream;

/// @brief Lives on the engine's playback thread and pumps the current PCM stream into the sink.
///
/// Its own thread keeps speech fluent while the GUI thread is busy (loading a page is exactly
/// when the page title is spoken). All slots are called by queued invocation from the engine.
class Player : public QObject
{
    Q_OBJECT
public:
    using SinkFactory = std::function<std::unique_ptr<PcmSink>()>;

    explicit Player(SinkFactory factory);
    ~Player() override;

    /// Opens the sink, or falls back to a SilentSink without a device; returns whether a real
    /// device is in use. Later changes are reported by audioAvailability().
    bool initialise(int sampleRate);
    /// Drops what is playing and plays `stream` as utterance `id`.
    void play(quint64 id, std::shared_ptr<PcmStream> stream);
    /// Silences the output within one buffer.
    void stop();
    /// Feeds the sink now (new PCM arrived) instead of at the next poll.
    void pump();
    /// Linear gain applied to the samples from the next buffer on.
    void setGain(double gain);

signals:
    /// The device was lost (it stopped taking audio) or came back (it is retried every few
    /// seconds when an utterance starts).
    void audioAvailability(bool available);
    /// The first buffer of utterance `id` went to the sink.
    void audioStarted(quint64 id);
    /// Utterance `id` was heard to its end.
    void finished(quint64 id);

private:
    void finishCurrent();
    bool openDevice();
    void useSilentSink();

    SinkFactory m_factory;
    std::unique_ptr<PcmSink> m_sink;
    QTimer *m_timer = nullptr;
    std::shared_ptr<PcmStream> m_stream;
    quint64 m_id = 0;
    bool m_started = false;
    double m_gain = 1.0;
    int m_sampleRate = 22050;
    bool m_available = false;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceOpenAttempt;
};

} // namespace speech
