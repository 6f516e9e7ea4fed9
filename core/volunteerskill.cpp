// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/volunteerskill.h"

#include "core/helptype.h"

#include <QCoreApplication>

namespace core {

namespace {

// The help types keep their own catalogue entries (core::HelpTypes), so a skill and the help
// a visitor asks for are always called the same; only the three new skills are new words.
const VolunteerSkill *find(QStringView key)
{
    for (const VolunteerSkill &skill : VolunteerSkills::all()) {
        if (skill.key == key)
            return &skill;
    }
    return nullptr;
}

} // namespace

const QList<VolunteerSkill> &VolunteerSkills::all()
{
    static const QList<VolunteerSkill> list{
        {QStringLiteral("accompany_to_hospital"), "Go with me to the hospital", "local_hospital"},
        {QStringLiteral("shopping_and_meals"), "Shopping and meal delivery", "shopping_cart"},
        {QStringLiteral("home_visit"), "A visit and company at home", "chair"},
        {QStringLiteral("sign_language"), "Sign-language interpreting", "sign_language"},
        {QStringLiteral("reading_and_forms"), "Help with paperwork", "description"},
        {QStringLiteral("travel_assistance"), "Transport and wheelchair escort", "accessible"},
        {QStringLiteral("home_repairs"), "Small home repairs for access", "handyman"},
        {QStringLiteral("reading_letters"), "Reading letters to me", "mail"},
        {QStringLiteral("driving"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Driving"),
         "directions_car"},
        {QStringLiteral("first_aid"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "First aid"),
         "medical_services"},
        {QStringLiteral("braille"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Braille"), "touch_app"},
    };
    return list;
}

bool VolunteerSkills::isKnown(QStringView key)
{
    return find(key) != nullptr;
}

TranslatableText VolunteerSkills::name(QStringView key)
{
    if (const auto type = HelpTypes::fromKey(key))
        return HelpTypes::name(*type);
    const VolunteerSkill *skill = find(key);
    if (!skill)
        return {};
    // The table's literals are marked with QT_TRANSLATE_NOOP, where lupdate reads them.
    return TranslatableText::translate("core::VolunteerSkills", skill->english);
}

QString VolunteerSkills::pictogram(QStringView key)
{
    const VolunteerSkill *skill = find(key);
    return skill ? QString::fromLatin1(skill->pictogram) : QStringLiteral("volunteer_activism");
}

} // namespace core
