// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/frame.h"

namespace idcard {

QByteArrayView Frame::preamble()
{
    static constexpr char bytes[] = {char(0xAA), char(0xAA), char(0xAA), char(0x96), char(0x69)};
    return QByteArrayView(bytes, sizeof bytes);
}

quint8 Frame::checksum(QByteArrayView bytes)
{
    quint8 sum = 0;
    for (char c : bytes)
        sum ^= quint8(c);
    return sum;
}

QByteArray Frame::wrap(QByteArrayView body)
{
    const qsizetype length = body.size() + 1; // the checksum counts
    QByteArray frame;
    frame.reserve(HeaderSize + length);
    frame.append(preamble());
    frame.append(char((length >> 8) & 0xFF));
    frame.append(char(length & 0xFF));
    frame.append(body);
    frame.append(char(checksum(QByteArrayView(frame).sliced(PreambleSize))));
    return frame;
}

QByteArray Frame::request(Command command, QByteArrayView data)
{
    QByteArray body;
    body.append(char(quint16(command) >> 8));
    body.append(char(quint16(command) & 0xFF));
    body.append(data);
    return wrap(body);
}

QByteArray Frame::response(quint8 sw3, QByteArrayView data)
{
    QByteArray body;
    body.append('\0');
    body.append('\0');
    body.append(char(sw3));
    body.append(data);
    return wrap(body);
}

} // namespace idcard
