// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatelifecycle.h"
#include "core/certificatevalidity.h"

#include <QSet>
#include <QTest>

using core::CertificateLifecycle;
using core::CertificateState;
using core::CertificateStates;
using core::CertificateValidity;
using core::WorkingCalendar;

Q_DECLARE_METATYPE(core::CertificateState)

/// @brief What the kiosk tells a visitor about where their certificate stands, and by when.
class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void everyStateIsExplained()
    {
        QCOMPARE(CertificateLifecycle::steps().size(), CertificateStates::all().size());
        QSet<QString> explanations;
        for (CertificateState state : CertificateStates::all()) {
            const auto &step = CertificateLifecycle::step(state);
            QCOMPARE(step.state, state);
            QVERIFY2(!step.officialTerm.in(u"zh").isEmpty() && !step.officialTerm.in(u"en").isEmpty(), qPrintable(CertificateStates::key(state)));
            QVERIFY(!step.plainName.in(u"zh").isEmpty() && !step.plainName.in(u"en").isEmpty());
            QVERIFY(!step.whatHappensNext.in(u"zh").isEmpty() && !step.whatHappensNext.in(u"en").isEmpty());
            explanations.insert(step.whatHappensNext.in(u"en"));
            QCOMPARE(CertificateStates::fromKey(CertificateStates::key(state)), state);
        }
        QCOMPARE(explanations.size(), CertificateStates::all().size());
        QCOMPARE(CertificateLifecycle::step(CertificateState::PublicNotice).officialTerm.in(u"zh"), QStringLiteral("公示中"));
        QVERIFY(!CertificateStates::fromKey(u"lost"));
    }

    void mainPathLeadsToIssued()
    {
        const auto path = CertificateStates::mainPath();
        QCOMPARE(path.first(), CertificateState::Received);
        QCOMPARE(path.last(), CertificateState::Issued);
        for (int i = 0; i + 1 < path.size(); ++i)
            QCOMPARE(CertificateLifecycle::step(path[i]).next, path[i + 1]);
        QVERIFY(!CertificateStates::isSideState(CertificateState::Issued));
        QVERIFY(CertificateStates::isSideState(CertificateState::NotApproved));
    }

    void legalLimits()
    {
        QCOMPARE(CertificateLifecycle::step(CertificateState::PublicNotice).workingDays, 5);
        QCOMPARE(CertificateLifecycle::step(CertificateState::UnderReview).workingDays, 10);
        QCOMPARE(CertificateLifecycle::step(CertificateState::NotApproved).visitorDeadlineWorkingDays, 10);
        QCOMPARE(CertificateLifecycle::step(CertificateState::Cancelled).visitorDeadlineYears, 1);
        QVERIFY(!CertificateLifecycle::step(CertificateState::ReadyForPickup).whatToBring.isEmpty());
        QVERIFY(CertificateLifecycle::step(CertificateState::RenewalDue).whatToBring.size() >= 3);
    }

    void deadlines_data()
    {
        QTest::addColumn<CertificateState>("state");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("expectedBy");
        QTest::addColumn<QDate>("visitorDeadline");
        // 2025-03-07 is a Friday.
        QTest::newRow("notice from Friday") << CertificateState::PublicNotice << QDate(2025, 3, 7) << QDate(2025, 3, 14)
                                            << QDate();
        QTest::newRow("notice from Monday") << CertificateState::PublicNotice << QDate(2025, 3, 10) << QDate(2025, 3, 17)
                                            << QDate();
        QTest::newRow("review 10 days") << CertificateState::UnderReview << QDate(2025, 3, 7) << QDate(2025, 3, 21)
                                        << QDate();
        QTest::newRow("appeal 10 days") << CertificateState::NotApproved << QDate(2025, 3, 3) << QDate()
                                        << QDate(2025, 3, 17);
        QTest::newRow("re-apply after a year") << CertificateState::Cancelled << QDate(2024, 2, 29) << QDate()
                                               << QDate(2025, 2, 28);
    }

    void deadlines()
    {
        QFETCH(CertificateState, state);
        QFETCH(QDate, since);
        QFETCH(QDate, expectedBy);
        QFETCH(QDate, visitorDeadline);
        const auto e = CertificateLifecycle::explain(state, since, {}, since.addDays(1));
        QCOMPARE(e.state, state);
        QCOMPARE(e.expectedBy, expectedBy);
        QCOMPARE(e.visitorDeadline, visitorDeadline);
        // The date stands beside its label on the page; the sentence does not say it again.
        const QDate date = expectedBy.isValid() ? expectedBy : visitorDeadline;
        for (const QStringView language : {u"en", u"zh"}) {
            QVERIFY(!e.summary.in(language).isEmpty());
            QVERIFY2(!e.summary.in(language).contains(CertificateLifecycle::formatDate(date).in(language)),
                     qPrintable(e.summary.in(language)));
        }
        QCOMPARE(e.summary.in(u"en"), CertificateLifecycle::step(state).whatHappensNext.in(u"en"));
    }

    void holidaysMoveDeadlines()
    {
        // National Day week 2025: 1-8 October off, Sunday 28 Sep and Saturday 11 Oct worked.
        QSet<QDate> off;
        for (int d = 1; d <= 8; ++d)
            off.insert(QDate(2025, 10, d));
        const WorkingCalendar calendar(off, {QDate(2025, 9, 28), QDate(2025, 10, 11)});
        // Posted Friday 26 Sep: Sun 28, Mon 29, Tue 30 Sep, Thu 9, Fri 10 Oct.
        const auto e = CertificateLifecycle::explain(CertificateState::PublicNotice, QDate(2025, 9, 26), {},
                                                     QDate(2025, 9, 29), calendar);
        QCOMPARE(e.expectedBy, QDate(2025, 10, 10));
        QCOMPARE(e.summary.in(u"zh"), CertificateLifecycle::step(CertificateState::PublicNotice).whatHappensNext.in(u"zh"));
        QCOMPARE(calendar.workingDaysBetween(QDate(2025, 9, 26), QDate(2025, 10, 10)), 5);
        QVERIFY(calendar.isWorkingDay(QDate(2025, 10, 11)));
        QVERIFY(!calendar.isWorkingDay(QDate(2025, 10, 6)));
    }

    void renewal_data()
    {
        QTest::addColumn<QDate>("validUntil");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<CertificateState>("effective");
        QTest::addColumn<bool>("expired");
        const QDate until(2026, 6, 30);
        QTest::newRow("a year left") << until << QDate(2025, 6, 30) << CertificateState::Issued << false;
        QTest::newRow("exactly 90 days left") << until << until.addDays(-90) << CertificateState::Issued << false;
        QTest::newRow("89 days left") << until << until.addDays(-89) << CertificateState::RenewalDue << false;
        QTest::newRow("last day") << until << until << CertificateState::RenewalDue << false;
        QTest::newRow("expired") << until << until.addDays(1) << CertificateState::RenewalDue << true;
    }

    void renewal()
    {
        QFETCH(QDate, validUntil);
        QFETCH(QDate, today);
        QFETCH(CertificateState, effective);
        QFETCH(bool, expired);
        QCOMPARE(CertificateLifecycle::effectiveState(CertificateState::Issued, validUntil, today), effective);
        const auto e = CertificateLifecycle::explain(CertificateState::Issued, validUntil.addYears(-10).addDays(1),
                                                     validUntil, today);
        QCOMPARE(e.state, effective);
        QCOMPARE(e.expired, expired);
        QCOMPARE(e.renewalDueFrom, QDate(2026, 4, 2));
        // The end of validity (and how many days are left) stands beside "Renew by" / "Expired
        // on": the sentence never says the date or counts the days a second time, and points at
        // the page's Renew button rather than sending the visitor elsewhere.
        const QString summary = e.summary.in(u"en");
        QVERIFY2(!summary.contains(u"30 June 2026"), qPrintable(summary));
        QVERIFY2(!summary.contains(u"days left") && !summary.contains(u"day left"), qPrintable(summary));
        if (expired) {
            QVERIFY(summary.startsWith(u"Your certificate has expired."));
            // Named as expired, not "Time to renew".
            QCOMPARE(e.step.plainName.in(u"en"), QStringLiteral("Certificate expired"));
        } else if (effective == CertificateState::RenewalDue) {
            QCOMPARE(e.step.plainName.in(u"en"), QStringLiteral("Time to renew"));
        }
        if (effective == CertificateState::RenewalDue)
            QVERIFY2(summary.contains(u"\"Renew my certificate\""), qPrintable(summary));
        // A replacement keeps the card's validity: it comes due and expires the same way.
        QCOMPARE(CertificateLifecycle::effectiveState(CertificateState::Replaced, validUntil, today),
                 effective == CertificateState::RenewalDue ? CertificateState::RenewalDue : CertificateState::Replaced);
        // A side state is never turned into renewal due.
        QCOMPARE(CertificateLifecycle::effectiveState(CertificateState::Cancelled, validUntil, today), CertificateState::Cancelled);
    }

    void tianjinHasDistrictsNotCounties()
    {
        // The federations a Tianjin visitor deals with are the districts' (区残联).
        for (const core::LifecycleStep &step : CertificateLifecycle::steps())
            QVERIFY2(!step.whatHappensNext.in(u"en").contains(u"county"), qPrintable(step.whatHappensNext.in(u"en")));
        const auto expired = CertificateLifecycle::explain(CertificateState::Issued, QDate(2016, 7, 1),
                                                           QDate(2026, 6, 30), QDate(2026, 8, 1));
        QVERIFY(!expired.summary.in(u"en").contains(u"county"));
    }

    void validity()
    {
        QCOMPARE(CertificateValidity::validUntil(QDate(2016, 7, 1)), QDate(2026, 6, 30));
        QCOMPARE(CertificateValidity::renewalDueFrom(QDate(2026, 6, 30)), QDate(2026, 4, 2));
        QCOMPARE(CertificateValidity::daysLeft(QDate(2026, 6, 30), QDate(2026, 4, 2)), 89);
        QVERIFY(!CertificateValidity::isRenewalDue(QDate(), QDate(2026, 1, 1)));
    }

    void pickupPlaceIsNamed()
    {
        const core::LocalizedText place{QStringLiteral("和平区残联一楼服务大厅"), QStringLiteral("Heping District Federation, ground-floor hall")};
        // A known place stands beside "Collect it at" on the page, not in the sentence; without
        // one the visitor is told staff will say where.
        const auto e = CertificateLifecycle::explain(CertificateState::ReadyForPickup, QDate(2025, 3, 7), {},
                                                     QDate(2025, 3, 8), {}, place);
        QVERIFY(!e.summary.in(u"zh").contains(place.in(u"zh")));
        QVERIFY(!e.summary.in(u"en").contains(u"Staff will tell you where"));
        const auto unknown = CertificateLifecycle::explain(CertificateState::ReadyForPickup, QDate(2025, 3, 7), {},
                                                           QDate(2025, 3, 8));
        QVERIFY(unknown.summary.in(u"en").endsWith(u"Staff will tell you where to collect it."));
        QVERIFY(CertificateLifecycle::step(CertificateState::ReadyForPickup).whatToBring.first().in(u"en").contains(u"ID card"));
    }

    void dateWords()
    {
        QCOMPARE(CertificateLifecycle::formatDate(QDate(2025, 3, 7)).in(u"zh"), QStringLiteral("2025年3月7日"));
        QCOMPARE(CertificateLifecycle::formatDate(QDate(2025, 3, 7)).in(u"en"), QStringLiteral("7 March 2025"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
