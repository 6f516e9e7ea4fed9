// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servicecategory.h"

namespace core {

QList<ServiceCategory> ServiceCategories::all()
{
    QList<ServiceCategory> out;
    for (int i = int(ServiceCategory::Rehabilitation); i <= int(ServiceCategory::Assessment); ++i)
        out.append(ServiceCategory(i));
    return out;
}

QString ServiceCategories::key(ServiceCategory category)
{
    switch (category) {
    case ServiceCategory::Rehabilitation: return QStringLiteral("rehabilitation");
    case ServiceCategory::SocialInsurance: return QStringLiteral("social_insurance");
    case ServiceCategory::Employment: return QStringLiteral("employment");
    case ServiceCategory::DayCare: return QStringLiteral("day_care");
    case ServiceCategory::CultureAndSports: return QStringLiteral("culture_and_sports");
    case ServiceCategory::Legal: return QStringLiteral("legal");
    case ServiceCategory::Accessibility: return QStringLiteral("accessibility");
    case ServiceCategory::HomeVisits: return QStringLiteral("home_visits");
    case ServiceCategory::Certificates: return QStringLiteral("certificates");
    case ServiceCategory::Assessment: return QStringLiteral("assessment");
    }
    return {};
}

std::optional<ServiceCategory> ServiceCategories::fromKey(QStringView key)
{
    for (ServiceCategory category : all()) {
        if (ServiceCategories::key(category) == key)
            return category;
    }
    return std::nullopt;
}

TranslatableText ServiceCategories::name(ServiceCategory category)
{
    switch (category) {
    case ServiceCategory::Rehabilitation: return core::TranslatableText::translate("core::ServiceCategories", "Rehabilitation and aids");
    case ServiceCategory::SocialInsurance: return core::TranslatableText::translate("core::ServiceCategories", "Social insurance");
    case ServiceCategory::Employment: return core::TranslatableText::translate("core::ServiceCategories", "Finding work");
    case ServiceCategory::DayCare: return core::TranslatableText::translate("core::ServiceCategories", "Day care");
    case ServiceCategory::CultureAndSports: return core::TranslatableText::translate("core::ServiceCategories", "Culture and sports");
    case ServiceCategory::Legal: return core::TranslatableText::translate("core::ServiceCategories", "Legal help");
    case ServiceCategory::Accessibility: return core::TranslatableText::translate("core::ServiceCategories", "Making your home accessible");
    case ServiceCategory::HomeVisits: return core::TranslatableText::translate("core::ServiceCategories", "Home visits");
    case ServiceCategory::Certificates: return core::TranslatableText::translate("core::ServiceCategories", "Disability certificate");
    case ServiceCategory::Assessment: return core::TranslatableText::translate("core::ServiceCategories", "Disability assessment");
    }
    return {};
}

} // namespace core
