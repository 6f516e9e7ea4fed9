// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/synthesisthread.h"

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/pcmjoiner.h"
#include "accessibility/speech/pcmstream.h"
#include "accessibility/speech/speechnormaliser.h"

#include <QMutexLocker>

namespace speech {

SynthesisThread::SynthesisThread(QObject *parent) : QThread(parent)
{
    setObjectName(QStringLiteral("speech-synthesis"));
}

SynthesisThread::~SynthesisThread()
{
    {
        QMutexLocker lock(&m_mutex);
        m_quit = true;
        for (const Job &job : std::as_const(m_jobs))
            job.stream->cancel();
        m_jobs.clear();
        if (m_running)
            m_running->cancel();
        m_wake.wakeAll();
    }
    wait();
}

void SynthesisThread::submit(Job job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.append(std::move(job));
    m_wake.wakeOne();
}

void SynthesisThread::run()
{
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.isEmpty() && !m_quit)
                m_wake.wait(&m_mutex);
            if (m_quit)
                return;
            job = m_jobs.takeFirst();
            m_running = job.stream;
        }
        PcmStream &stream = *job.stream;
        if (!stream.isCancelled()) {
            bool first = true;
            const QList<LanguageSegment> parts = job.normalise
                    ? SpeechNormaliser::segments(job.text, job.language)
                    : QList<LanguageSegment>{{SpeechNormaliser::withoutLineBreaks(job.text), job.language}};
            PcmJoiner joiner(EspeakSynthesizer::sampleRate, [&](const std::int16_t *samples, int count) {
                if (stream.isCancelled())
                    return false;
                stream.append(samples, count);
                if (first && job.onFirstAudio)
                    job.onFirstAudio();
                first = false;
                return true;
            });
            // One stream, a voice per part: English words in Mandarin (and Chinese in English)
            // follow without the pause of a new sentence.
            for (qsizetype i = 0; i < parts.size() && !stream.isCancelled(); ++i) {
                joiner.beginPart();
                EspeakSynthesizer::synthesize(parts[i].text, parts[i].language,
                                              SpeechRate::forStep(job.rateStep, parts[i].language),
                                              [&](const std::int16_t *samples, int count) {
                                                  return joiner.add(samples, count);
                                              });
                joiner.endPart(i == parts.size() - 1);
            }
        }
        stream.finish();
        QMutexLocker lock(&m_mutex);
        m_running.reset();
    }
}

} // namespace speech
