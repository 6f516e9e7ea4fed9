// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/command.h"

#include <QByteArray>
#include <QByteArrayView>

namespace idcard {

/// @brief Builds request and response frames: preamble, big-endian length, body, XOR checksum.
///
/// Both sides use it: the driver for requests, the simulated reader (and tests) for responses.
class Frame
{
public:
    static constexpr qsizetype PreambleSize = 5;
    static constexpr qsizetype HeaderSize = PreambleSize + 2;
    /// The largest length field accepted. The largest real response is 2321 bytes; anything
    /// bigger than 4 KiB is refused rather than waited for.
    static constexpr qsizetype MaxLength = 4096;

    /// `AA AA AA 96 69`.
    [[nodiscard]] static QByteArrayView preamble();

    /// A request: CMD PARA DATA, then the checksum.
    [[nodiscard]] static QByteArray request(Command command, QByteArrayView data = {});

    /// A response: SW1 SW2 (00 00), SW3, DATA, then the checksum.
    [[nodiscard]] static QByteArray response(quint8 sw3, QByteArrayView data = {});

    /// Any frame around `body` (everything between the length and the checksum).
    [[nodiscard]] static QByteArray wrap(QByteArrayView body);

    /// XOR of `bytes` (the length field and the body).
    [[nodiscard]] static quint8 checksum(QByteArrayView bytes);
};

} // namespace idcard
