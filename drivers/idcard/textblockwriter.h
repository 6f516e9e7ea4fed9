// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"

#include <QByteArray>

namespace idcard {

/// @brief Writes an IdCard as the card's 256-byte text block (UCS-2 LE, space padded).
///
/// The device side of CardParser: the simulated reader answers with these bytes, and the
/// fuzz corpus is seeded from them. Fields longer than their slot are cut.
class TextBlockWriter
{
public:
    [[nodiscard]] static QByteArray write(const IdCard &card);

    /// Writes `value` at `offset` into `block`, cut or space-padded to `length` bytes.
    static void put(QByteArray &block, qsizetype offset, qsizetype length, QStringView value);
};

} // namespace idcard
