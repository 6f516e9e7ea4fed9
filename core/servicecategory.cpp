// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servicecategory.h"

namespace core {

QList<ServiceCategory> ServiceCategories::all()
{
    QList<ServiceCategory> out;
    for (int i = int(ServiceCategory::Rehabilitation); i <= int(ServiceCategory::Certificates); ++i)
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

LocalizedText ServiceCategories::name(ServiceCategory category)
{
    switch (category) {
    case ServiceCategory::Rehabilitation: return {QStringLiteral("康复和辅助器具"), QStringLiteral("Rehabilitation and aids")};
    case ServiceCategory::SocialInsurance: return {QStringLiteral("社保办理"), QStringLiteral("Social insurance")};
    case ServiceCategory::Employment: return {QStringLiteral("就业服务"), QStringLiteral("Finding work")};
    case ServiceCategory::DayCare: return {QStringLiteral("日间照料"), QStringLiteral("Day care")};
    case ServiceCategory::CultureAndSports: return {QStringLiteral("文化体育"), QStringLiteral("Culture and sports")};
    case ServiceCategory::Legal: return {QStringLiteral("法律服务"), QStringLiteral("Legal help")};
    case ServiceCategory::Accessibility: return {QStringLiteral("无障碍改造"), QStringLiteral("Making your home accessible")};
    case ServiceCategory::HomeVisits: return {QStringLiteral("上门服务"), QStringLiteral("Home visits")};
    case ServiceCategory::Certificates: return {QStringLiteral("残疾人证"), QStringLiteral("Disability certificate")};
    }
    return {};
}

} // namespace core
