// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/helptype.h"

namespace core {

QList<HelpType> HelpTypes::all()
{
    return {HelpType::AccompanyToHospital, HelpType::ShoppingAndMeals, HelpType::HomeVisit,
            HelpType::TravelAssistance,    HelpType::SignLanguage,     HelpType::ReadingAndForms};
}

QString HelpTypes::key(HelpType type)
{
    switch (type) {
    case HelpType::AccompanyToHospital: return QStringLiteral("accompany_to_hospital");
    case HelpType::ShoppingAndMeals: return QStringLiteral("shopping_and_meals");
    case HelpType::HomeVisit: return QStringLiteral("home_visit");
    case HelpType::TravelAssistance: return QStringLiteral("travel_assistance");
    case HelpType::SignLanguage: return QStringLiteral("sign_language");
    case HelpType::ReadingAndForms: return QStringLiteral("reading_and_forms");
    }
    return {};
}

std::optional<HelpType> HelpTypes::fromKey(QStringView key)
{
    for (HelpType type : all()) {
        if (HelpTypes::key(type) == key)
            return type;
    }
    return std::nullopt;
}

TranslatableText HelpTypes::name(HelpType type)
{
    switch (type) {
    case HelpType::AccompanyToHospital: return core::TranslatableText::translate("core::HelpTypes", "Go with me to the hospital");
    case HelpType::ShoppingAndMeals: return core::TranslatableText::translate("core::HelpTypes", "Shopping and meal delivery");
    case HelpType::HomeVisit: return core::TranslatableText::translate("core::HelpTypes", "A visit and company at home");
    case HelpType::TravelAssistance: return core::TranslatableText::translate("core::HelpTypes", "Help getting somewhere");
    case HelpType::SignLanguage: return core::TranslatableText::translate("core::HelpTypes", "Sign-language interpreting");
    case HelpType::ReadingAndForms: return core::TranslatableText::translate("core::HelpTypes", "Reading and filling in forms");
    }
    return {};
}

} // namespace core
