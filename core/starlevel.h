// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "core/volunteerhours.h"

#include <QList>

#include <optional>

namespace core {

/// @brief Volunteer star levels by accumulated service hours: 1 star from 100 h, then 300, 600,
/// 1000 and 1500 h for 5 stars.
class StarLevel
{
public:
    /// Hours needed for 1..5 stars.
    [[nodiscard]] static const QList<int> &thresholds();
    /// 0 (none yet) .. 5.
    [[nodiscard]] static int starsFor(VolunteerHours hours);
    /// Hours still needed for the next star, none at 5 stars.
    [[nodiscard]] static std::optional<VolunteerHours> toNextStar(VolunteerHours hours);
    /// "三星志愿者" / "3-star volunteer"; "志愿者" / "Volunteer" below one star.
    [[nodiscard]] static TranslatableText title(int stars);
};

} // namespace core
