// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/silentsink.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

/// @brief A test sink: paced like a speaker (optionally faster) and keeping every byte it got.
///
/// The engine owns the sink; the test keeps a shared Recording to read from the test thread.
class RecordingSink : public speech::SilentSink
{
public:
    struct Recording
    {
        mutable QMutex mutex;
        QByteArray pcm;
        int discards = 0;
        bool failOpen = false;

        [[nodiscard]] QByteArray snapshot() const
        {
            QMutexLocker lock(&mutex);
            return pcm;
        }
        [[nodiscard]] qsizetype size() const
        {
            QMutexLocker lock(&mutex);
            return pcm.size();
        }
        void clear()
        {
            QMutexLocker lock(&mutex);
            pcm.clear();
        }
    };

    RecordingSink(std::shared_ptr<Recording> recording, double speed)
        : SilentSink(speed), m_recording(std::move(recording))
    {
    }

    bool open(int sampleRate) override
    {
        return !m_recording->failOpen && SilentSink::open(sampleRate);
    }

    void write(QByteArrayView pcm) override
    {
        SilentSink::write(pcm);
        QMutexLocker lock(&m_recording->mutex);
        m_recording->pcm.append(pcm.data(), pcm.size());
    }

    void discard() override
    {
        SilentSink::discard();
        QMutexLocker lock(&m_recording->mutex);
        ++m_recording->discards;
    }

private:
    std::shared_ptr<Recording> m_recording;
};
