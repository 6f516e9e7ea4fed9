// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/synthesisthread.h"

#include "accessibility/speech/espeaksynthesizer.h"
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
            const QString spoken = job.normalise
                    ? SpeechNormaliser::normalise(job.text, job.language)
                    : job.text;
            EspeakSynthesizer::synthesize(spoken, job.language, job.rate,
                                          [&](const std::int16_t *samples, int count) {
                                              if (stream.isCancelled())
                                                  return false;
                                              stream.append(samples, count);
                                              if (first && job.onFirstAudio)
                                                  job.onFirstAudio();
                                              first = false;
                                              return true;
                                          });
        }
        stream.finish();
        QMutexLocker lock(&m_mutex);
        m_running.reset();
    }
}

} // namespace speech
