// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/wavfile.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace speech {

namespace {

void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

} // namespace

bool WavFile::write(const QString &path, const QByteArray &pcm, int sampleRate)
{
    QByteArray header;
    header.append("RIFF");
    appendLe32(header, quint32(36 + pcm.size()));
    header.append("WAVEfmt ");
    appendLe32(header, 16);
    appendLe16(header, 1); // PCM
    appendLe16(header, 1); // mono
    appendLe32(header, quint32(sampleRate));
    appendLe32(header, quint32(sampleRate * 2));
    appendLe16(header, 2);
    appendLe16(header, 16);
    header.append("data");
    appendLe32(header, quint32(pcm.size()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(header);
    file.write(pcm);
    return file.commit();
}

QByteArray WavFile::read(const QString &path, int *sampleRate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = file.readAll();
    if (all.size() < 12 || !all.startsWith("RIFF") || all.mid(8, 4) != "WAVE")
        return {};
    qsizetype pos = 12;
    while (pos + 8 <= all.size()) {
        const QByteArray id = all.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(all.constData() + pos + 4);
        if (id == "fmt " && sampleRate && pos + 16 <= all.size())
            *sampleRate = int(qFromLittleEndian<quint32>(all.constData() + pos + 12));
        if (id == "data") {
            // espeak-ng writes 0x7ffffffff-style sizes when streaming: take what is there.
            return all.mid(pos + 8, std::min<qsizetype>(size, all.size() - pos - 8));
        }
        pos += 8 + size + (size & 1);
    }
    return {};
}

} // namespace speech
