// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"
#include "drivers/idcard/readererror.h"

#include <QByteArrayView>

#include <optional>

namespace idcard {

/// @brief Turns the reader's read answer and the card's 256-byte text block into an IdCard.
///
/// Strict about what would mislead staff (dates that do not exist, lengths that do not add
/// up), lenient about what does not (an unknown nation code leaves the nation empty). The
/// photo and fingerprint are skipped over, never copied.
class CardParser
{
public:
    static constexpr qsizetype TextSize = 256;

    /// Parses a text block of exactly 256 bytes (UCS-2 little-endian).
    [[nodiscard]] static std::optional<IdCard> parseText(QByteArrayView text, ReaderError *error = nullptr);

    /// Parses the data after SW1-SW3 of a `30 01` or `30 10` answer: two or three big-endian
    /// lengths (text, photo[, fingerprint]), then the blocks. Which of the two it is follows
    /// from the lengths adding up.
    [[nodiscard]] static std::optional<IdCard> parseReadData(QByteArrayView data, ReaderError *error = nullptr);

    /// Text of one field: UCS-2 LE at `offset`, `length` bytes, padding (spaces, NUL) trimmed.
    [[nodiscard]] static QString field(QByteArrayView text, qsizetype offset, qsizetype length);
};

} // namespace idcard
