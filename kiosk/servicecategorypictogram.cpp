// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/servicecategorypictogram.h"

QString ServiceCategoryPictogram::name(core::ServiceCategory category)
{
    using C = core::ServiceCategory;
    switch (category) {
    case C::Rehabilitation: return QStringLiteral("accessible_forward");
    case C::SocialInsurance: return QStringLiteral("account_balance_wallet");
    case C::Employment: return QStringLiteral("work");
    case C::DayCare: return QStringLiteral("family_restroom");
    case C::CultureAndSports: return QStringLiteral("palette");
    case C::Legal: return QStringLiteral("gavel");
    case C::Accessibility: return QStringLiteral("home_repair_service");
    case C::HomeVisits: return QStringLiteral("house");
    case C::Certificates: return QStringLiteral("badge");
    // The assessment is made at a designated hospital: the hospital's sign, not a person.
    case C::Assessment: return QStringLiteral("local_hospital");
    }
    return QStringLiteral("apps");
}

QStringList ServiceCategoryPictogram::all()
{
    QStringList names;
    for (core::ServiceCategory category : core::ServiceCategories::all())
        names.append(name(category));
    return names;
}
