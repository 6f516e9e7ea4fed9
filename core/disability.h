// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>

#include <optional>

namespace core {

/// Disability categories of GB/T 26341-2010; the value is the digit in the certificate number.
enum class DisabilityCategory {
    Visual = 1,
    Hearing = 2,
    Speech = 3,
    Physical = 4,
    Intellectual = 5,
    Mental = 6,
    Multiple = 7,
};

/// @brief Names of disability categories and levels (1 most severe .. 4), from the catalogues.
class Disability
{
public:
    [[nodiscard]] static QList<DisabilityCategory> categories();
    /// The category for digit 1..7, or nothing.
    [[nodiscard]] static std::optional<DisabilityCategory> categoryFromDigit(int digit);
    /// "视力残疾" / "Visual disability".
    [[nodiscard]] static TranslatableText categoryName(DisabilityCategory category);
    /// "一级" / "Level 1 (most severe)"; empty for a level outside 1..4.
    [[nodiscard]] static TranslatableText levelName(int level);
    [[nodiscard]] static bool isValidLevel(int level) { return level >= 1 && level <= 4; }
    /// Second-generation certificates have a red cover for visual disability, green otherwise.
    [[nodiscard]] static TranslatableText coverColour(DisabilityCategory category);
};

} // namespace core
