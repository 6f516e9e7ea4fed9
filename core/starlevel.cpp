// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/starlevel.h"

namespace core {

const QList<int> &StarLevel::thresholds()
{
    static const QList<int> hours{100, 300, 600, 1000, 1500};
    return hours;
}

int StarLevel::starsFor(VolunteerHours hours)
{
    int stars = 0;
    for (int threshold : thresholds()) {
        if (hours.halfHours() >= qint64(threshold) * 2)
            ++stars;
    }
    return stars;
}

std::optional<VolunteerHours> StarLevel::toNextStar(VolunteerHours hours)
{
    const int stars = starsFor(hours);
    if (stars >= thresholds().size())
        return std::nullopt;
    return VolunteerHours::fromHalfHours(qint64(thresholds()[stars]) * 2 - hours.halfHours());
}

TranslatableText StarLevel::title(int stars)
{
    // One entry per star count: Mandarin writes the number as a word (三星志愿者).
    switch (stars) {
    case 1: return TranslatableText::translate("core::StarLevel", "1-star volunteer");
    case 2: return TranslatableText::translate("core::StarLevel", "2-star volunteer");
    case 3: return TranslatableText::translate("core::StarLevel", "3-star volunteer");
    case 4: return TranslatableText::translate("core::StarLevel", "4-star volunteer");
    case 5: return TranslatableText::translate("core::StarLevel", "5-star volunteer");
    default: return TranslatableText::translate("core::StarLevel", "Volunteer");
    }
}

} // namespace core
