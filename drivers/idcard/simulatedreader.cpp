// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/simulatedreader.h"

#include "drivers/idcard/command.h"
#include "drivers/idcard/demoidentities.h"
#include "drivers/idcard/frame.h"
#include "drivers/idcard/textblockwriter.h"

#include <QMutexLocker>

namespace idcard {

namespace {

constexpr qsizetype PhotoSize = 1024;
constexpr qsizetype FingerprintSize = 1024;

void appendLength(QByteArray &out, qsizetype n)
{
    out.append(char((n >> 8) & 0xFF));
    out.append(char(n & 0xFF));
}

// Stand-in for the WLT photo: opaque bytes of the right size, no image of anybody.
QByteArray opaqueBlock(qsizetype size, quint8 seed)
{
    QByteArray block(size, '\0');
    quint8 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = quint8(x * 73 + 41);
        block[i] = char(x);
    }
    return block;
}

} // namespace

SimulatedReader::SimulatedReader() = default;

QByteArray SimulatedReader::samId()
{
    // 05.01-20261128-0000000001-0000000001 style id, as raw bytes.
    return QByteArray::fromHex("0501202611280000000100000001ffff");
}

void SimulatedReader::presentCard(const IdCard &card)
{
    const QByteArray text = TextBlockWriter::write(card);
    QMutexLocker lock(&m_mutex);
    m_text = text;
    m_state = CardState::InField;
}

bool SimulatedReader::presentDemoCard(int index)
{
    const QList<IdCard> cards = DemoIdentities::all();
    if (index < 0 || index >= cards.size())
        return false;
    presentCard(cards.at(index));
    return true;
}

void SimulatedReader::removeCard()
{
    QMutexLocker lock(&m_mutex);
    m_text.clear();
    m_state = CardState::Absent;
}

bool SimulatedReader::hasCard() const
{
    QMutexLocker lock(&m_mutex);
    return m_state != CardState::Absent;
}

QByteArray SimulatedReader::receive(QByteArrayView bytes)
{
    QMutexLocker lock(&m_mutex);
    m_decoder.append(bytes);
    QByteArray out;
    for (;;) {
        switch (m_decoder.next()) {
        case FrameDecoder::Result::NeedMore:
            return out;
        case FrameDecoder::Result::BadChecksum:
            out += Frame::response(sw3::ChecksumError);
            break;
        case FrameDecoder::Result::BadLength:
            out += Frame::response(sw3::LengthError);
            m_decoder.clear(); // drop what followed the bad header
            return out;
        case FrameDecoder::Result::Frame:
            out += answer(m_decoder.body());
            break;
        }
    }
}

QByteArray SimulatedReader::answer(QByteArrayView body)
{
    if (body.size() < 2)
        return Frame::response(sw3::LengthError);
    const auto command = Command((quint16(quint8(body[0])) << 8) | quint8(body[1]));
    switch (command) {
    case Command::ResetSam:
        if (m_state == CardState::Found || m_state == CardState::Selected)
            m_state = CardState::InField;
        return Frame::response(sw3::Success);
    case Command::SamStatus:
        return Frame::response(sw3::Success);
    case Command::SamId:
        return Frame::response(sw3::Success, samId());
    case Command::FindCard:
        if (m_state == CardState::InField || m_state == CardState::Found || m_state == CardState::Selected) {
            m_state = CardState::Found;
            return Frame::response(sw3::CardFound);
        }
        return Frame::response(sw3::NoCard);
    case Command::SelectCard:
        if (m_state == CardState::Found || m_state == CardState::Selected) {
            m_state = CardState::Selected;
            return Frame::response(sw3::Success);
        }
        return Frame::response(sw3::SelectFailed);
    case Command::ReadText:
    case Command::ReadTextFingerprint: {
        if (m_state != CardState::Selected)
            return Frame::response(sw3::ReadFailed);
        const bool fingerprint = command == Command::ReadTextFingerprint;
        QByteArray data;
        appendLength(data, m_text.size());
        appendLength(data, PhotoSize);
        if (fingerprint)
            appendLength(data, FingerprintSize);
        data += m_text;
        data += opaqueBlock(PhotoSize, 0x57);
        if (fingerprint)
            data += opaqueBlock(FingerprintSize, 0x46);
        m_state = CardState::Read; // must leave the field before the next find succeeds
        return Frame::response(sw3::Success, data);
    }
    }
    return Frame::response(sw3::CommandError);
}

} // namespace idcard
