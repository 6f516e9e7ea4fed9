// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>

#include <atomic>
#include <cstdint>

namespace speech {

/// @brief One utterance's PCM on its way from the synthesis thread to the playback thread.
///
/// The synthesiser appends while the player takes, so playback starts with the first chunk
/// instead of waiting for the whole text. cancel() tells the synthesiser to stop at its next
/// chunk and the player to drop what is left.
class PcmStream
{
public:
    void append(const std::int16_t *samples, int count);
    /// No more samples will come (synthesis ended or was abandoned).
    void finish();
    void cancel();

    /// Takes up to `maxBytes` (rounded down to whole samples) of what has not been taken yet.
    [[nodiscard]] QByteArray take(qsizetype maxBytes);
    [[nodiscard]] qsizetype available() const;
    /// Finished and everything taken.
    [[nodiscard]] bool atEnd() const;
    [[nodiscard]] bool isFinished() const;
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    /// Total bytes synthesised so far.
    [[nodiscard]] qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QByteArray m_data;
    qsizetype m_readPos = 0;
    bool m_finished = false;
    std::atomic<bool> m_cancelled = false;
};

} // namespace speech
