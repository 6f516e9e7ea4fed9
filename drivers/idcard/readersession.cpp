// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readersession.h"

#include "drivers/idcard/cardparser.h"
#include "drivers/idcard/frame.h"
#include "drivers/idcard/transport.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace idcard {

ReaderSession::ReaderSession(Transport &transport, int timeoutMs)
    : m_transport(transport)
    , m_timeoutMs(timeoutMs)
{
}

std::optional<Response> ReaderSession::transact(Command command, ReaderError *error)
{
    ReaderError local;
    ReaderError &err = error ? *error : local;
    err = {};
    m_decoder.clear();
    drainStale();
    QDeadlineTimer deadline(m_timeoutMs);
    if (!m_transport.write(Frame::request(command), m_timeoutMs, &err))
        return std::nullopt;
    for (;;) {
        switch (m_decoder.next()) {
        case FrameDecoder::Result::Frame: {
            auto response = Response::fromBody(m_decoder.body());
            if (!response) {
                err = ReaderError(ReaderError::Kind::Malformed, u"answer shorter than its status"_s);
                return std::nullopt;
            }
            if (!response->succeeded()) {
                err = ReaderError::fromStatus(response->sw3);
                return std::nullopt;
            }
            return response;
        }
        case FrameDecoder::Result::BadChecksum:
            err = ReaderError(ReaderError::Kind::BadChecksum);
            return std::nullopt;
        case FrameDecoder::Result::BadLength:
            err = ReaderError(ReaderError::Kind::BadLength);
            return std::nullopt;
        case FrameDecoder::Result::NeedMore:
            break;
        }
        if (deadline.hasExpired()) {
            err = ReaderError(ReaderError::Kind::Timeout,
                              m_decoder.pending() ? u"answer incomplete"_s : u"no answer"_s);
            return std::nullopt;
        }
        const QByteArray chunk = m_transport.read(int(qMax<qint64>(1, deadline.remainingTime())), &err);
        if (err.isError()) {
            if (err.kind() == ReaderError::Kind::Timeout && m_decoder.pending())
                err = ReaderError(ReaderError::Kind::Timeout, u"answer incomplete"_s);
            return std::nullopt;
        }
        m_decoder.append(chunk);
    }
}

void ReaderSession::drainStale()
{
    // A late answer to a command that timed out must not pass for the answer to the next one.
    for (int i = 0; i < 8; ++i) {
        ReaderError ignored;
        if (m_transport.read(0, &ignored).isEmpty())
            return;
    }
}

bool ReaderSession::resetSam(ReaderError *error)
{
    return transact(Command::ResetSam, error).has_value();
}

bool ReaderSession::samStatus(ReaderError *error)
{
    return transact(Command::SamStatus, error).has_value();
}

std::optional<QByteArray> ReaderSession::samId(ReaderError *error)
{
    auto response = transact(Command::SamId, error);
    if (!response)
        return std::nullopt;
    return response->data;
}

ReaderSession::Presence ReaderSession::findCard(ReaderError *error)
{
    ReaderError err;
    const auto response = transact(Command::FindCard, &err);
    if (response)
        return Presence::Card;
    if (err.kind() == ReaderError::Kind::Status && err.sw3() == sw3::NoCard) {
        if (error)
            *error = {};
        return Presence::NoCard;
    }
    if (error)
        *error = err;
    return Presence::Failed;
}

std::optional<IdCard> ReaderSession::readCard(ReaderError *error, Command read)
{
    if (!transact(Command::SelectCard, error))
        return std::nullopt;
    const auto response = transact(read, error);
    if (!response)
        return std::nullopt;
    return CardParser::parseReadData(response->data, error);
}

} // namespace idcard
