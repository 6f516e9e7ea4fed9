// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/helptypepictogram.h"

QString HelpTypePictogram::name(core::HelpType type)
{
    switch (type) {
    case core::HelpType::AccompanyToHospital: return QStringLiteral("local_hospital");
    case core::HelpType::ShoppingAndMeals: return QStringLiteral("shopping_cart");
    case core::HelpType::HomeVisit: return QStringLiteral("chair");
    case core::HelpType::SignLanguage: return QStringLiteral("sign_language");
    case core::HelpType::ReadingAndForms: return QStringLiteral("description");
    case core::HelpType::TravelAssistance: return QStringLiteral("accessible");
    case core::HelpType::HomeRepairs: return QStringLiteral("handyman");
    case core::HelpType::ReadingLetters: return QStringLiteral("mail");
    }
    return QStringLiteral("volunteer_activism");
}

QStringList HelpTypePictogram::all()
{
    QStringList names;
    for (core::HelpType type : core::HelpTypes::all())
        names.append(name(type));
    return names;
}
