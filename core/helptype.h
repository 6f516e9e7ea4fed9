// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace core {

/// Kinds of help a visitor can ask volunteers for.
enum class HelpType {
    AccompanyToHospital,
    ShoppingAndMeals,
    HomeVisit,
    TravelAssistance,
    SignLanguage,
    ReadingAndForms,
};

/// @brief Keys and names of volunteer help types (陪同就医, 代购/送餐 ...).
class HelpTypes
{
public:
    [[nodiscard]] static QList<HelpType> all();
    [[nodiscard]] static QString key(HelpType type);
    [[nodiscard]] static std::optional<HelpType> fromKey(QStringView key);
    [[nodiscard]] static TranslatableText name(HelpType type);
};

} // namespace core
