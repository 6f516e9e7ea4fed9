// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "core/phrase.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace core {

/// @brief The praise and complaint phrases a visitor may add to a rating ("on_time", "late" ...).
/// The server refuses a key not in this table.
class RatingPhrases
{
public:
    [[nodiscard]] static const QList<Phrase> &praise();
    [[nodiscard]] static const QList<Phrase> &complaints();
    [[nodiscard]] static bool isKnown(QStringView key);
    [[nodiscard]] static bool isPraise(QStringView key);
    [[nodiscard]] static std::optional<TranslatableText> words(QStringView key);
    /// The first key of `keys` not in either list, or empty when all are known.
    [[nodiscard]] static QString firstUnknown(const QStringList &keys);
};

} // namespace core
