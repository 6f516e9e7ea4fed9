// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "core/phrase.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace core {

/// @brief The note phrases of a help request ("uses_wheelchair", "deaf_please_write" ...): the
/// visitor picks several, nobody has to type. The server refuses a key not in this table.
class NotePhrases
{
public:
    [[nodiscard]] static const QList<Phrase> &all();
    [[nodiscard]] static bool isKnown(QStringView key);
    [[nodiscard]] static std::optional<TranslatableText> words(QStringView key);
    /// The first key of `keys` not in the table, or empty when all are known.
    [[nodiscard]] static QString firstUnknown(const QStringList &keys);
};

} // namespace core
