// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/command.h"
#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/idcard.h"
#include "drivers/idcard/readererror.h"
#include "drivers/idcard/response.h"

#include <optional>

namespace idcard {

class Transport;

/// @brief The host side of the protocol over one open Transport: one command, one answer.
///
/// Writes a request, reads until the decoder has a whole frame or the time-out passes, and
/// turns SW3 error codes into ReaderError. Blocking; used on the reader thread and by the tool.
class ReaderSession
{
public:
    enum class Presence { Card, NoCard, Failed };

    explicit ReaderSession(Transport &transport, int timeoutMs = 3000);

    /// Sends `command`, returns the answer with SW3 90/9F; anything else is an error.
    [[nodiscard]] std::optional<Response> transact(Command command, ReaderError *error);

    [[nodiscard]] bool resetSam(ReaderError *error);
    [[nodiscard]] bool samStatus(ReaderError *error);
    [[nodiscard]] std::optional<QByteArray> samId(ReaderError *error);
    /// Card (9F), NoCard (80, also while a card already read still lies on the reader), Failed.
    [[nodiscard]] Presence findCard(ReaderError *error);
    /// Select, then read (`30 01`, or `30 10` with the fingerprint that is skipped).
    [[nodiscard]] std::optional<IdCard> readCard(ReaderError *error, Command read = Command::ReadText);

private:
    void drainStale();

    Transport &m_transport;
    FrameDecoder m_decoder;
    int m_timeoutMs;
};

} // namespace idcard
