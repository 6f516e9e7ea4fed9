// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace core {

/// Kinds of help a visitor can ask volunteers for, in the order the kiosk shows them.
enum class HelpType {
    AccompanyToHospital,
    ShoppingAndMeals,
    HomeVisit,
    SignLanguage,
    ReadingAndForms, ///< help with paperwork
    TravelAssistance, ///< transport and wheelchair escort
    HomeRepairs,      ///< small repairs for accessibility at home
    ReadingLetters,
};

/// @brief Keys and names of volunteer help types (陪同就医, 代购/送餐 ...).
class HelpTypes
{
public:
    [[nodiscard]] static QList<HelpType> all();
    [[nodiscard]] static QString key(HelpType type);
    [[nodiscard]] static std::optional<HelpType> fromKey(QStringView key);
    [[nodiscard]] static TranslatableText name(HelpType type);
    /// One line: what a volunteer does and does not do, so nobody asks for what cannot come.
    [[nodiscard]] static TranslatableText scope(HelpType type);
};

} // namespace core
