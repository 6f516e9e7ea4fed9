// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/helptype.h"
#include "core/translatabletext.h"

namespace core {

QList<HelpType> HelpTypes::all()
{
    return {HelpType::AccompanyToHospital, HelpType::ShoppingAndMeals, HelpType::HomeVisit,
            HelpType::SignLanguage,        HelpType::ReadingAndForms,  HelpType::TravelAssistance,
            HelpType::HomeRepairs,         HelpType::ReadingLetters};
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
    case HelpType::HomeRepairs: return QStringLiteral("home_repairs");
    case HelpType::ReadingLetters: return QStringLiteral("reading_letters");
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
    case HelpType::TravelAssistance: return core::TranslatableText::translate("core::HelpTypes", "Transport and wheelchair escort");
    case HelpType::SignLanguage: return core::TranslatableText::translate("core::HelpTypes", "Sign-language interpreting");
    case HelpType::ReadingAndForms: return core::TranslatableText::translate("core::HelpTypes", "Help with paperwork");
    case HelpType::HomeRepairs: return core::TranslatableText::translate("core::HelpTypes", "Small home repairs for access");
    case HelpType::ReadingLetters: return core::TranslatableText::translate("core::HelpTypes", "Reading letters to me");
    }
    return {};
}

TranslatableText HelpTypes::scope(HelpType type)
{
    switch (type) {
    case HelpType::AccompanyToHospital:
        return core::TranslatableText::translate("core::HelpTypes",
                "Goes with you to register, see the doctor and get medicine; no nursing care, does not pay for you.");
    case HelpType::ShoppingAndMeals:
        return core::TranslatableText::translate("core::HelpTypes",
                "Buys things and brings meals home; you pay yourself, nobody looks after your money.");
    case HelpType::HomeVisit:
        return core::TranslatableText::translate("core::HelpTypes",
                "Comes to talk and keep you company; no housework, no nursing care.");
    case HelpType::TravelAssistance:
        return core::TranslatableText::translate("core::HelpTypes",
                "Goes out with you, pushes the wheelchair, helps in and out of vehicles; does not drive you.");
    case HelpType::SignLanguage:
        return core::TranslatableText::translate("core::HelpTypes",
                "Interprets in sign language at offices and doctors; does not decide for you.");
    case HelpType::ReadingAndForms:
        return core::TranslatableText::translate("core::HelpTypes",
                "Helps you understand and fill in forms; does not sign for you.");
    case HelpType::HomeRepairs:
        return core::TranslatableText::translate("core::HelpTypes",
                "Small jobs such as grab rails and door sills; no building work.");
    case HelpType::ReadingLetters:
        return core::TranslatableText::translate("core::HelpTypes",
                "Reads letters and notices out to you; does not answer them for you.");
    }
    return {};
}

} // namespace core
