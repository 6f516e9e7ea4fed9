// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/pcmsink.h"
#include "accessibility/speech/speechlanguage.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace speech {

class PcmStream;
class Player;
class SynthesisThread;

/// @brief The kiosk's voice: queued, interruptible eSpeak NG speech in Mandarin and English.
///
/// Call it from the GUI thread. speak() returns at once: synthesis runs on the engine's own
/// thread and playback on another, so neither a long text nor a busy GUI thread delays or
/// breaks up speech.
///
/// - Priorities: Interrupt silences whatever is speaking, drops the queue and speaks now (use
///   it for anything answering a visitor's action); Normal waits for the utterances before it
///   and cuts off a Background one; Background waits behind everything.
/// - stop() (call it on any user action) silences the output within one audio buffer (< 100 ms)
///   and empties the queue. repeat() speaks the last utterance again, at the current rate.
/// - rateStep 0..6 (0.5x..2x, default 3 = about 190 Mandarin characters / 130 English words per minute, pitch kept);
///   volumeStep 0..4 in 6 dB steps (24 dB range, 4 = full level). Changes to the rate apply
///   from the next utterance, to the volume within one buffer. resetToDefaults() restores the
///   station's defaultRateStep/defaultVolumeStep and forgets the last utterance (so repeat()
///   cannot replay the previous visitor's details): call it at every session end.
/// - Without an audio device, speech runs silently at its real pace (so speaking and
///   utteranceFinished keep their timing), audioAvailable is false and one warning is logged.
///   A device that stops taking audio for 4 s counts as lost (same silent fallback); without a
///   device, each new utterance retries opening one, at most every 3 s.
/// - Every text is put into words for the voice first (SpeechNormaliser: 2025年 as 二零二五年,
///   9:00 as 九点, polyphones from the pronunciation lexicon), on the synthesis thread.
/// - Seams for tests and the announcer: utteranceStarted(text, language) reports the text as
///   given to speak() (the display text, not the normalised words); the second constructor takes a PcmSink factory to capture the PCM without a device.
///
/// Destroying the engine while it speaks is safe: it cancels synthesis and joins its threads.
class SpeechEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int rateStep READ rateStep WRITE setRateStep NOTIFY rateStepChanged)
    Q_PROPERTY(int volumeStep READ volumeStep WRITE setVolumeStep NOTIFY volumeStepChanged)
    Q_PROPERTY(int defaultRateStep READ defaultRateStep WRITE setDefaultRateStep NOTIFY defaultsChanged)
    Q_PROPERTY(int defaultVolumeStep READ defaultVolumeStep WRITE setDefaultVolumeStep NOTIFY defaultsChanged)
    Q_PROPERTY(int rateStepCount READ rateStepCount CONSTANT)
    Q_PROPERTY(int volumeStepCount READ volumeStepCount CONSTANT)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(bool audioAvailable READ audioAvailable NOTIFY audioAvailableChanged)

public:
    enum class Priority { Background, Normal, Interrupt };
    Q_ENUM(Priority)

    using SinkFactory = std::function<std::unique_ptr<PcmSink>()>;

    /// Speaks through the default audio output (Qt Multimedia).
    explicit SpeechEngine(QObject *parent = nullptr);
    /// Speaks into the sinks `factory` makes; it is called once, on the playback thread.
    explicit SpeechEngine(SinkFactory factory, QObject *parent = nullptr);
    ~SpeechEngine() override;

    /// Speaks `text` in `language` ("zh" or "en"; see languageFromCode()). Ignored while
    /// disabled or for blank text.
    Q_INVOKABLE void speak(const QString &text, const QString &language,
                           speech::SpeechEngine::Priority priority = Priority::Normal);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void repeat();
    Q_INVOKABLE void resetToDefaults();

    [[nodiscard]] int rateStep() const { return m_rateStep; }
    void setRateStep(int step);
    [[nodiscard]] int volumeStep() const { return m_volumeStep; }
    void setVolumeStep(int step);
    [[nodiscard]] int defaultRateStep() const { return m_defaultRateStep; }
    void setDefaultRateStep(int step);
    [[nodiscard]] int defaultVolumeStep() const { return m_defaultVolumeStep; }
    void setDefaultVolumeStep(int step);
    [[nodiscard]] static int rateStepCount();
    [[nodiscard]] static int volumeStepCount();
    /// The gain of `step` in dB: -24, -18, -12, -6, 0.
    [[nodiscard]] static double volumeDecibels(int step);

    /// True (the default): every text goes through SpeechNormaliser (numbers, dates, codes and
    /// the pronunciation lexicon) before the voice; utteranceStarted still reports the text as
    /// given. Off only to compare, as the benchmark does.
    [[nodiscard]] bool isNormalising() const { return m_normalising; }
    void setNormalising(bool normalising) { m_normalising = normalising; }

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    [[nodiscard]] bool isSpeaking() const { return m_speaking; }
    [[nodiscard]] bool audioAvailable() const { return m_audioAvailable; }
    /// The text repeat() would speak.
    [[nodiscard]] QString lastText() const;

signals:
    void rateStepChanged();
    void volumeStepChanged();
    void defaultsChanged();
    void enabledChanged();
    void speakingChanged();
    void audioAvailableChanged();
    /// An utterance begins: exactly what is about to be spoken, and "zh" or "en".
    void utteranceStarted(const QString &text, const QString &language);
    /// The utterance's first audio went to the output.
    void audioStarted();
    /// The utterance ended: heard to its end, interrupted, or dropped by stop().
    void utteranceFinished();

private:
    struct Utterance
    {
        QString text;
        SpeechLanguage language = SpeechLanguage::Mandarin;
        Priority priority = Priority::Normal;
    };

    void startNext();
    void endCurrent(bool silence);
    void onPlayerFinished(quint64 id);
    void setSpeaking(bool speaking);
    void applyGain();

    std::unique_ptr<SynthesisThread> m_synthesis;
    QThread m_playbackThread;
    Player *m_player = nullptr;

    QList<Utterance> m_queue;
    std::optional<Utterance> m_current;
    std::optional<Utterance> m_last;
    std::shared_ptr<PcmStream> m_stream;
    quint64 m_currentId = 0;
    quint64 m_nextId = 0;

    int m_rateStep;
    int m_volumeStep;
    int m_defaultRateStep;
    int m_defaultVolumeStep;
    bool m_enabled = true;
    bool m_normalising = true;
    bool m_speaking = false;
    bool m_audioAvailable = true;
};

} // namespace speech
