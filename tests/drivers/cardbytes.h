// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test-side byte builders, written apart from the driver's own encoder so the tests check
// the driver against the protocol, not against itself.

#include <QByteArray>
#include <QString>

namespace cardbytes {

/// A frame around `body`: AA AA AA 96 69, big-endian length (body + checksum), body, XOR.
inline QByteArray frame(const QByteArray &body)
{
    QByteArray f = QByteArray::fromHex("aaaaaa9669");
    const int length = int(body.size()) + 1;
    f.append(char(length >> 8));
    f.append(char(length & 0xff));
    f.append(body);
    unsigned char x = 0;
    for (int i = 5; i < f.size(); ++i)
        x ^= uchar(f[i]);
    f.append(char(x));
    return f;
}

/// A response frame: 00 00 SW3 DATA.
inline QByteArray response(unsigned char sw3, const QByteArray &data = {})
{
    QByteArray body("\x00\x00", 2);
    body.append(char(sw3));
    body.append(data);
    return frame(body);
}

/// A 256-byte text block of spaces (UCS-2 LE).
inline QByteArray blankText()
{
    QByteArray t;
    for (int i = 0; i < 128; ++i)
        t.append(" \0", 2);
    return t;
}

/// Writes `value` as UCS-2 LE at `offset`, padded with spaces to `length` bytes.
inline void put(QByteArray &text, int offset, int length, const QString &value)
{
    for (int i = 0; i < length / 2; ++i) {
        const ushort c = i < value.size() ? value[i].unicode() : ushort(' ');
        text[offset + 2 * i] = char(c & 0xff);
        text[offset + 2 * i + 1] = char(c >> 8);
    }
}

/// The data of a `30 01` answer: text length, photo length, text, photo.
inline QByteArray readData(const QByteArray &text, int photoSize = 1024)
{
    QByteArray d;
    d.append(char(text.size() >> 8)).append(char(text.size() & 0xff));
    d.append(char(photoSize >> 8)).append(char(photoSize & 0xff));
    d.append(text);
    d.append(QByteArray(photoSize, char(0x5a)));
    return d;
}

/// The data of a `30 10` answer: text, photo and fingerprint lengths, then the blocks.
inline QByteArray readDataWithFingerprint(const QByteArray &text)
{
    QByteArray d;
    d.append(char(text.size() >> 8)).append(char(text.size() & 0xff));
    d.append("\x04\x00", 2).append("\x04\x00", 2);
    d.append(text);
    d.append(QByteArray(1024, char(0x5a)));
    d.append(QByteArray(1024, char(0x3c)));
    return d;
}

/// GB 11643 check character, computed here independently of core.
inline QChar checkCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

/// A resident card's text block (the fields every test needs; change what a test is about).
inline QByteArray residentText()
{
    QByteArray t = blankText();
    put(t, 0, 30, QStringLiteral("测试员"));
    put(t, 30, 2, QStringLiteral("1"));
    put(t, 32, 4, QStringLiteral("03"));
    put(t, 36, 16, QStringLiteral("19910101"));
    put(t, 52, 70, QStringLiteral("江西省某县某镇某村1号"));
    put(t, 122, 36, QStringLiteral("360426199101010071"));
    put(t, 158, 30, QStringLiteral("某县公安局"));
    put(t, 188, 16, QStringLiteral("20110101"));
    put(t, 204, 16, QStringLiteral("20310101"));
    return t;
}

} // namespace cardbytes
