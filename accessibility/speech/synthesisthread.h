// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/speechlanguage.h"
#include "accessibility/speech/speechrate.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace speech {

class PcmStream;

/// @brief The engine's synthesis thread: turns queued texts into PCM streams, in order.
class SynthesisThread : public QThread
{
public:
    struct Job
    {
        QString text;
        SpeechLanguage language = SpeechLanguage::Mandarin;
        /// The visitor's rate step; each voice's part gets its language's setting for it.
        int rateStep = SpeechRate::defaultStep;
        std::shared_ptr<PcmStream> stream;
        /// Put the display text into words for the voice first (SpeechNormaliser::segments:
        /// each language's words for its own voice, joined into one stream); done here, off
        /// the GUI thread. False: the text as written, one voice (for comparisons).
        bool normalise = true;
        /// Called on the synthesis thread once the first PCM is in the stream, so playback can
        /// start at once instead of at its next poll.
        std::function<void()> onFirstAudio;
    };

    explicit SynthesisThread(QObject *parent = nullptr);
    /// Cancels pending work and joins the thread.
    ~SynthesisThread() override;

    void submit(Job job);

protected:
    void run() override;

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Job> m_jobs;
    std::shared_ptr<PcmStream> m_running;
    bool m_quit = false;
};

} // namespace speech
