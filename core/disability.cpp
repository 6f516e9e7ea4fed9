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

LocalizedText Disability::categoryName(DisabilityCategory category)
{
    switch (category) {
    case DisabilityCategory::Visual: return {QStringLiteral("视力残疾"), QStringLiteral("Visual disability")};
    case DisabilityCategory::Hearing: return {QStringLiteral("听力残疾"), QStringLiteral("Hearing disability")};
    case DisabilityCategory::Speech: return {QStringLiteral("言语残疾"), QStringLiteral("Speech disability")};
    case DisabilityCategory::Physical: return {QStringLiteral("肢体残疾"), QStringLiteral("Physical disability")};
    case DisabilityCategory::Intellectual: return {QStringLiteral("智力残疾"), QStringLiteral("Intellectual disability")};
    case DisabilityCategory::Mental: return {QStringLiteral("精神残疾"), QStringLiteral("Mental disability")};
    case DisabilityCategory::Multiple: return {QStringLiteral("多重残疾"), QStringLiteral("Multiple disabilities")};
    }
    return {};
}

LocalizedText Disability::levelName(int level)
{
    switch (level) {
    case 1: return {QStringLiteral("一级"), QStringLiteral("Level 1 (most severe)")};
    case 2: return {QStringLiteral("二级"), QStringLiteral("Level 2")};
    case 3: return {QStringLiteral("三级"), QStringLiteral("Level 3")};
    case 4: return {QStringLiteral("四级"), QStringLiteral("Level 4 (mildest)")};
    default: return {};
    }
}

LocalizedText Disability::coverColour(DisabilityCategory category)
{
    if (category == DisabilityCategory::Visual)
        return {QStringLiteral("红色封皮"), QStringLiteral("red cover")};
    return {QStringLiteral("绿色封皮"), QStringLiteral("green cover")};
}

} // namespace core
