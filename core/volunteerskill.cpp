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
        {QStringLiteral("accompany_to_hospital"), QT_TRANSLATE_NOOP("core::VolunteerSkills", "Going with people to the hospital"),
         "local_hospital"},
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
