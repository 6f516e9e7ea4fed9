// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/helptype.h"
#include "core/volunteerskill.h"
#include "core/weekavailability.h"

#include <QJsonArray>
#include <QTest>

using core::VolunteerSkills;
using core::WeekAvailability;

/// @brief What a person chooses when registering as a volunteer: the skills (in the order the
/// kiosk shows them, the help types' keys named from the volunteer's side) and the week grid as
/// the server reads it.
class TestVolunteerSkill : public QObject
{
    Q_OBJECT

private slots:
    void helpTypesFirstThenTheThreeSkills()
    {
        QStringList keys;
        for (const core::VolunteerSkill &s : VolunteerSkills::all())
            keys.append(s.key);
        QStringList expected;
        for (core::HelpType type : core::HelpTypes::all())
            expected.append(core::HelpTypes::key(type));
        expected << u"driving"_qs << u"first_aid"_qs << u"braille"_qs;
        QCOMPARE(keys, expected);
    }

    void aSkillIsNamedFromTheVolunteersSide()
    {
        // "Go with me to the hospital" is what a visitor asks for; a volunteer offers it.
        for (core::HelpType type : core::HelpTypes::all()) {
            const core::TranslatableText skill = VolunteerSkills::name(core::HelpTypes::key(type));
            QVERIFY(!skill.isEmpty());
            QCOMPARE(skill.context(), "core::VolunteerSkills");
            QVERIFY2(skill.english() != core::HelpTypes::name(type).english(), qPrintable(skill.english()));
        }
        QCOMPARE(VolunteerSkills::name(u"accompany_to_hospital").english(), u"Going with people to the hospital"_qs);
        QCOMPARE(VolunteerSkills::name(u"first_aid").english(), u"First aid"_qs);
        QCOMPARE(VolunteerSkills::name(u"first_aid").context(), "core::VolunteerSkills");
        QCOMPARE(VolunteerSkills::pictogram(u"driving"), u"directions_car"_qs);
        QCOMPARE(VolunteerSkills::pictogram(u"sign_language"), u"sign_language"_qs);
    }

    void unknownKeys()
    {
        QVERIFY(VolunteerSkills::isKnown(u"braille"));
        QVERIFY(!VolunteerSkills::isKnown(u"juggling"));
        QVERIFY(!VolunteerSkills::isKnown(u""));
        QVERIFY(VolunteerSkills::name(u"juggling").isEmpty());
        QCOMPARE(VolunteerSkills::pictogram(u"juggling"), u"volunteer_activism"_qs);
    }

    void theWeekGridOnTheWire()
    {
        WeekAvailability week;
        QVERIFY(week.isEmpty());
        QCOMPARE(week.toJson(), QJsonObject());
        week.set(Qt::Sunday, u"evening"_qs, true);
        week.set(Qt::Monday, u"evening"_qs, true);
        week.set(Qt::Monday, u"morning"_qs, true);
        week.set(Qt::Wednesday, u"afternoon"_qs, true);
        week.set(Qt::Wednesday, u"afternoon"_qs, false); // changed their mind: the day is left out
        week.set(8, u"morning"_qs, true);                 // ignored
        week.set(Qt::Friday, u"night"_qs, true);          // ignored
        QVERIFY(!week.isEmpty());
        QVERIFY(week.has(Qt::Monday, u"morning"_qs));
        QVERIFY(!week.has(Qt::Wednesday, u"afternoon"_qs));
        const QJsonObject expected{{u"mon"_qs, QJsonArray{u"morning"_qs, u"evening"_qs}}, {u"sun"_qs, QJsonArray{u"evening"_qs}}};
        QCOMPARE(week.toJson(), expected);
        week.set(Qt::Monday, u"morning"_qs, false);
        week.set(Qt::Monday, u"evening"_qs, false);
        week.set(Qt::Sunday, u"evening"_qs, false);
        QVERIFY(week.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVolunteerSkill)
#include "tst_volunteerskill.moc"
