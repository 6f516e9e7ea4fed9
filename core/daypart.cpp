// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/daypart.h"
#include "core/translatabletext.h"

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

TranslatableText DayParts::name(DayPart part)
{
    switch (part) {
    case DayPart::Morning: return core::TranslatableText::translate("core::DayParts", "Morning");
    case DayPart::Afternoon: return core::TranslatableText::translate("core::DayParts", "Afternoon");
    case DayPart::Evening: return core::TranslatableText::translate("core::DayParts", "Evening");
    case DayPart::Any: return core::TranslatableText::translate("core::DayParts", "Any time, call me to arrange");
    }
    return {};
}

} // namespace core
