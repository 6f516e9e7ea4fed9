// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/helptype.h"
#include "core/requeststate.h"
#include "core/servicecategory.h"

#include <QSet>
#include <QTest>

using namespace core;

/// @brief Help types, service categories and request states: stable keys and words in both languages.
class TestKinds : public QObject
{
    Q_OBJECT

private slots:
    void helpTypes()
    {
        // The eight kinds of the kiosk's help tiles, each with its "does and does not do" line.
        QCOMPARE(HelpTypes::all().size(), 8);
        QSet<QString> names;
        for (HelpType t : HelpTypes::all()) {
            QCOMPARE(HelpTypes::fromKey(HelpTypes::key(t)), t);
            QVERIFY(!HelpTypes::name(t).in(u"zh").isEmpty());
            QVERIFY(!HelpTypes::scope(t).in(u"zh").isEmpty());
            QVERIFY(!HelpTypes::scope(t).in(u"en").isEmpty());
            names.insert(HelpTypes::name(t).in(u"en"));
        }
        QCOMPARE(names.size(), 8);
        QCOMPARE(HelpTypes::fromKey(u"reading_letters"), HelpType::ReadingLetters);
        QCOMPARE(HelpTypes::fromKey(u"home_repairs"), HelpType::HomeRepairs);
        QCOMPARE(HelpTypes::name(HelpType::SignLanguage).in(u"zh"), QStringLiteral("手语翻译"));
        QVERIFY(!HelpTypes::fromKey(u"taxi"));
    }

    void serviceCategories()
    {
        // Every category of the city plan: 康复, 社保经办, 就业服务, 日间照料, 文化体育, 法律服务, 无障碍.
        const QStringList plan{u"rehabilitation"_qs, u"social_insurance"_qs, u"employment"_qs, u"day_care"_qs,
                               u"culture_and_sports"_qs, u"legal"_qs, u"accessibility"_qs};
        for (const QString &key : plan)
            QVERIFY2(ServiceCategories::fromKey(key), qPrintable(key));
        for (ServiceCategory c : ServiceCategories::all()) {
            QCOMPARE(ServiceCategories::fromKey(ServiceCategories::key(c)), c);
            QVERIFY(!ServiceCategories::name(c).in(u"en").isEmpty());
        }
    }

    void requestStates()
    {
        for (RequestState s : RequestStates::all())
            QCOMPARE(RequestStates::fromKey(RequestStates::key(s)), s);
        QVERIFY(RequestStates::canMove(RequestState::Submitted, RequestState::Accepted));
        QVERIFY(RequestStates::canMove(RequestState::Accepted, RequestState::Assigned));
        QVERIFY(RequestStates::canMove(RequestState::Assigned, RequestState::Done));
        QVERIFY(RequestStates::canMove(RequestState::Submitted, RequestState::Cancelled));
        QVERIFY(!RequestStates::canMove(RequestState::Submitted, RequestState::Done));
        QVERIFY(!RequestStates::canMove(RequestState::Done, RequestState::Cancelled));
        QVERIFY(!RequestStates::canMove(RequestState::Cancelled, RequestState::Submitted));
        QVERIFY(RequestStates::isFinal(RequestState::Done));
    }
};

QTEST_GUILESS_MAIN(TestKinds)
#include "tst_kinds.moc"
