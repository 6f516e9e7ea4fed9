// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/silentsink.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
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
        std::atomic<bool> failOpen = false;
        /// Once this many bytes were taken the "device" takes no more, like an unplugged speaker.
        std::atomic<qsizetype> stallAfter = -1;

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

    [[nodiscard]] qsizetype bytesFree() override
    {
        const qsizetype limit = m_recording->stallAfter;
        if (limit >= 0 && m_recording->size() >= limit)
            return 0;
        return SilentSink::bytesFree();
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
