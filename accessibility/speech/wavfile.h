// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace speech {

/// @brief Reads and writes 16-bit mono PCM as RIFF WAV files (the tool's output, test fixtures).
class WavFile
{
public:
    /// Writes `pcm` (16-bit little-endian mono samples) at `sampleRate`; false on I/O errors.
    static bool write(const QString &path, const QByteArray &pcm, int sampleRate);
    /// The sample data of a 16-bit mono WAV file written by write() or espeak-ng -w; empty on
    /// error. `sampleRate` receives the file's rate when given.
    [[nodiscard]] static QByteArray read(const QString &path, int *sampleRate = nullptr);
};

} // namespace speech
