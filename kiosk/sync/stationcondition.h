// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>

namespace kiosksync {

/// @brief The card reader's and the speaker's state in the words of the wire
/// (core::wire::StationHealth), handed from the GUI thread to the sync thread.
///
/// The reader and the voice report on the GUI thread; the sync worker reads the words when it
/// builds a push. Both sides hold the same object (SyncClient makes it), guarded by a mutex.
/// Until told otherwise both are "absent": a kiosk that never started a reader or a voice has
/// neither.
class StationCondition
{
public:
    void setReader(const QString &word);
    void setSpeaker(const QString &word);
    [[nodiscard]] QString reader() const;
    [[nodiscard]] QString speaker() const;

    /// The word for what the kiosk's CardReader shows: its state key ("none", "ready",
    /// "reading", "remove", "error") and the reader's description ("simulated" for the demo's
    /// invented cards, "usb ...", "serial ...").
    [[nodiscard]] static QString readerWord(const QString &stateKey, const QString &description);
    /// The word for the voice's output: whether the audio device takes sound now, whether it
    /// ever did since the start (a device lost is an error, one never found is absent), and
    /// whether headphones in the jack have silenced the public speaker.
    [[nodiscard]] static QString speakerWord(bool audioAvailable, bool everAvailable, bool headphonesTakeOver);

private:
    mutable QMutex m_mutex;
    QString m_reader = QStringLiteral("absent");
    QString m_speaker = QStringLiteral("absent");
};

} // namespace kiosksync
