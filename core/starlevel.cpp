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

LocalizedText StarLevel::title(int stars)
{
    static const char16_t *digits[] = {u"", u"一", u"二", u"三", u"四", u"五"};
    if (stars <= 0 || stars > 5)
        return {QStringLiteral("志愿者"), QStringLiteral("Volunteer")};
    return {QString::fromUtf16(digits[stars]) + QStringLiteral("星志愿者"),
            QStringLiteral("%1-star volunteer").arg(stars)};
}

} // namespace core
