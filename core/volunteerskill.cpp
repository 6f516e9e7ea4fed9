// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/volunteerskill.h"

#include <QCoreApplication>

namespace core {

namespace {

// The keys are the help types' (core::HelpTypes), so a coordinator matches a request to the
// volunteers who offer it; the names are the volunteer's side of it ("Going with people to the
// hospital"), since the help types are worded as the visitor asks ("Go with me to the hospital").
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
        // Someone led by the hand: going with a person, not the hospital's cross, which beside
        // first aid's bag read as the same thing.
        {QStringLiteral("accompany_to_hospital"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Going with people to the hospital"),
         "escalator_warning"},
        {QStringLiteral("shopping_and_meals"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Shopping and bringing meals"),
         "shopping_cart"},
        {QStringLiteral("home_visit"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Visiting people at home"), "chair"},
        {QStringLiteral("sign_language"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Sign language interpreting"),
         "sign_language"},
        {QStringLiteral("reading_and_forms"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Helping with forms and paperwork"),
         "description"},
        {QStringLiteral("travel_assistance"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Helping people get about (wheelchair, transport)"),
         "accessible"},
        {QStringLiteral("home_repairs"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Small repairs for access at home"),
         "handyman"},
        {QStringLiteral("reading_letters"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Reading letters aloud"), "mail"},
        {QStringLiteral("driving"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Driving"),
         "directions_car"},
        {QStringLiteral("first_aid"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "First aid"),
         "medical_services"},
        // Six dots in two columns: a braille cell (the font has no "blind" or "braille"; a
        // pointing finger said "touch", not braille).
        {QStringLiteral("braille"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Braille"), "drag_indicator"},
    };
    return list;
}

bool VolunteerSkills::isKnown(QStringView key)
{
    return find(key) != nullptr;
}

TranslatableText VolunteerSkills::name(QStringView key)
{
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
