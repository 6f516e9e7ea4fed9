// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/daypart.h"

namespace core {

QList<DayPart> DayParts::all()
{
    return {DayPart::Morning, DayPart::Afternoon, DayPart::Evening, DayPart::Any};
}

QString DayParts::key(DayPart part)
{
    switch (part) {
    case DayPart::Morning: return QStringLiteral("morning");
    case DayPart::Afternoon: return QStringLiteral("afternoon");
    case DayPart::Evening: return QStringLiteral("evening");
    case DayPart::Any: return QStringLiteral("any");
    }
    return {};
}

std::optional<DayPart> DayParts::fromKey(QStringView key)
{
    for (DayPart part : all()) {
        if (DayParts::key(part) == key)
            return part;
    }
    return std::nullopt;
}

LocalizedText DayParts::name(DayPart part)
{
    switch (part) {
    case DayPart::Morning: return {QStringLiteral("上午"), QStringLiteral("Morning")};
    case DayPart::Afternoon: return {QStringLiteral("下午"), QStringLiteral("Afternoon")};
    case DayPart::Evening: return {QStringLiteral("晚上"), QStringLiteral("Evening")};
    case DayPart::Any: return {QStringLiteral("什么时间都可以，请打电话跟我约"), QStringLiteral("Any time, call me to arrange")};
    }
    return {};
}

} // namespace core
