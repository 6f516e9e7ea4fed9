// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/disability.h"

namespace core {

QList<DisabilityCategory> Disability::categories()
{
    return {DisabilityCategory::Visual,       DisabilityCategory::Hearing, DisabilityCategory::Speech,
            DisabilityCategory::Physical,     DisabilityCategory::Intellectual,
            DisabilityCategory::Mental,       DisabilityCategory::Multiple};
}

std::optional<DisabilityCategory> Disability::categoryFromDigit(int digit)
{
    if (digit < 1 || digit > 7)
        return std::nullopt;
    return DisabilityCategory(digit);
}

TranslatableText Disability::categoryName(DisabilityCategory category)
{
    switch (category) {
    case DisabilityCategory::Visual: return core::TranslatableText::translate("core::Disability", "Visual disability");
    case DisabilityCategory::Hearing: return core::TranslatableText::translate("core::Disability", "Hearing disability");
    case DisabilityCategory::Speech: return core::TranslatableText::translate("core::Disability", "Speech disability");
    case DisabilityCategory::Physical: return core::TranslatableText::translate("core::Disability", "Physical disability");
    case DisabilityCategory::Intellectual: return core::TranslatableText::translate("core::Disability", "Intellectual disability");
    case DisabilityCategory::Mental: return core::TranslatableText::translate("core::Disability", "Mental disability");
    case DisabilityCategory::Multiple: return core::TranslatableText::translate("core::Disability", "Multiple disabilities");
    }
    return {};
}

TranslatableText Disability::levelName(int level)
{
    switch (level) {
    case 1: return core::TranslatableText::translate("core::Disability", "Level 1 (most severe)");
    case 2: return core::TranslatableText::translate("core::Disability", "Level 2");
    case 3: return core::TranslatableText::translate("core::Disability", "Level 3");
    case 4: return core::TranslatableText::translate("core::Disability", "Level 4 (mildest)");
    default: return {};
    }
}

TranslatableText Disability::coverColour(DisabilityCategory category)
{
    if (category == DisabilityCategory::Visual)
        return core::TranslatableText::translate("core::Disability", "red cover");
    return core::TranslatableText::translate("core::Disability", "green cover");
}

} // namespace core
