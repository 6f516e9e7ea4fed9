// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace core {

/// What a community station offers (the city plan's list, plus certificate services).
enum class ServiceCategory {
    Rehabilitation,   ///< 康复, assistive devices included
    SocialInsurance,  ///< 社保经办
    Employment,       ///< 就业服务
    DayCare,          ///< 日间照料
    CultureAndSports, ///< 文化体育
    Legal,            ///< 法律服务 and legal aid
    Accessibility,    ///< 无障碍 home modification
    HomeVisits,       ///< 上门服务
    Certificates,     ///< 残疾人证 applications, renewals, home assessment, fee waivers
    Assessment,       ///< 残疾评定 at a designated hospital
};

/// @brief Keys and names of the community service categories.
class ServiceCategories
{
public:
    [[nodiscard]] static QList<ServiceCategory> all();
    [[nodiscard]] static QString key(ServiceCategory category);
    [[nodiscard]] static std::optional<ServiceCategory> fromKey(QStringView key);
    [[nodiscard]] static TranslatableText name(ServiceCategory category);
};

} // namespace core
