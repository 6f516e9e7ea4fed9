// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/applicationstate.h"
#include "core/certificatelifecycle.h"
#include "core/certificateprocedures.h"
#include "core/citydistricts.h"
#include "core/certificatepapers.h"
#include "core/democertificates.h"
#include "core/idnumber.h"
#include "core/procedurechoice.h"

#include <QSet>
#include <QTest>

using core::ApplicationState;
using core::ApplicationStates;
using core::CertificateProcedure;
using core::CertificateProcedures;
using core::CertificateState;
using P = CertificateProcedure;
using Procedures = QList<CertificateProcedure>;

Q_DECLARE_METATYPE(core::CertificateProcedure)

namespace {
const QDate kToday(2026, 12, 2);

QStringList keys(const Procedures &procedures)
{
    QStringList out;
    for (P p : procedures)
        out.append(CertificateProcedures::key(p));
    return out;
}

Procedures offeredTo(const core::DemoCertificate &c, const Procedures &open = {})
{
    return CertificateProcedures::offered(c.stored, c.stateSinceOn(kToday), c.validUntil(kToday), kToday, open);
}
} // namespace

/// @brief The six certificate procedures: which a visitor is offered in each state of the
/// certificate, what each asks, and how an application moves once staff act on it.
class TestProcedures : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        QCOMPARE(keys(CertificateProcedures::all()),
                 (QStringList{u"apply"_qs, u"renew"_qs, u"replace"_qs, u"transfer"_qs, u"change"_qs, u"cancel"_qs}));
        for (P p : CertificateProcedures::all())
            QCOMPARE(CertificateProcedures::fromKey(CertificateProcedures::key(p)), p);
        QVERIFY(!CertificateProcedures::fromKey(u"renewal").has_value());
    }

    void offeredPerDemoState_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QStringList>("expected");
        const QStringList held{u"replace"_qs, u"change"_qs, u"transfer"_qs, u"cancel"_qs};
        QTest::newRow("issued, far from expiry") << u"issued_recently"_qs << held;
        QTest::newRow("issued 3 years ago") << u"issued"_qs << held;
        QTest::newRow("renewal due") << u"renewal_due"_qs << QStringList{u"renew"_qs} + held;
        QTest::newRow("expired") << u"expired"_qs << QStringList{u"renew"_qs, u"cancel"_qs};
        QTest::newRow("replaced card") << u"replaced"_qs << held;
        QTest::newRow("cancelled 100 days ago") << u"cancelled"_qs << QStringList{};
        QTest::newRow("cancelled over a year ago") << u"cancelled_over_a_year"_qs << QStringList{u"apply"_qs};
        QTest::newRow("not approved") << u"not_approved"_qs << QStringList{};
        QTest::newRow("transferred") << u"transferred"_qs << QStringList{};
        for (const char *inProgress : {"received", "awaiting_assessment", "assessed", "public_notice", "under_review",
                                       "being_made", "ready_for_pickup"})
            QTest::newRow(inProgress) << QString::fromLatin1(inProgress) << QStringList{};
    }

    void offeredPerDemoState()
    {
        QFETCH(QString, demo);
        QFETCH(QStringList, expected);
        const auto c = core::DemoCertificates::find(demo);
        QVERIFY2(c.has_value(), qPrintable(demo));
        QCOMPARE(keys(offeredTo(*c)), expected);
    }

    void noCertificateOffersApplyAlone()
    {
        QCOMPARE(keys(CertificateProcedures::offered(std::nullopt, {}, {}, kToday, {})), QStringList{u"apply"_qs});
        // Once sent, it is not offered a second time.
        QCOMPARE(keys(CertificateProcedures::offered(std::nullopt, {}, {}, kToday, {P::Apply})), QStringList{});
    }

    void theYearAfterACancellationCountsToTheDay()
    {
        const QDate cancelled(2025, 12, 3);
        QCOMPARE(keys(CertificateProcedures::offered(CertificateState::Cancelled, cancelled, {}, kToday, {})), QStringList{});
        QCOMPARE(keys(CertificateProcedures::offered(CertificateState::Cancelled, cancelled, {}, kToday.addDays(1), {})),
                 QStringList{u"apply"_qs});
    }

    void renewalStartsNinetyDaysBeforeTheEnd()
    {
        const QDate issued = kToday.addYears(-10).addDays(100);
        const QDate until = issued.addYears(10).addDays(-1);
        const auto at = [&](QDate today) {
            return keys(CertificateProcedures::offered(CertificateState::Issued, issued, until, today, {}));
        };
        QVERIFY(!at(until.addDays(-90)).contains(u"renew"_qs));
        QCOMPARE(at(until.addDays(-89)).first(), u"renew"_qs);
        // The last valid day still offers everything; the day after, renew and cancel only.
        QCOMPARE(at(until).size(), 5);
        QCOMPARE(at(until.addDays(1)), (QStringList{u"renew"_qs, u"cancel"_qs}));
    }

    void aReplacedCardComesDueAndExpires()
    {
        // A replacement keeps the original card's validity (review K1).
        const QDate since = kToday.addYears(-9);
        const auto at = [&](QDate until) {
            return keys(CertificateProcedures::offered(CertificateState::Replaced, since, until, kToday, {}));
        };
        QCOMPARE(at(kToday.addDays(60)),
                 (QStringList{u"renew"_qs, u"replace"_qs, u"change"_qs, u"transfer"_qs, u"cancel"_qs}));
        QCOMPARE(at(kToday.addDays(-30)), (QStringList{u"renew"_qs, u"cancel"_qs}));
    }

    void aStoredRenewalDueIsStillHeld()
    {
        // The wire and the CSV import accept renewal_due as a stored status (review K2).
        const QDate since = kToday.addYears(-10).addDays(60);
        QCOMPARE(keys(CertificateProcedures::offered(CertificateState::RenewalDue, since, kToday.addDays(59), kToday, {})),
                 (QStringList{u"renew"_qs, u"replace"_qs, u"change"_qs, u"transfer"_qs, u"cancel"_qs}));
        QCOMPARE(keys(CertificateProcedures::offered(CertificateState::RenewalDue, since, kToday.addDays(-1), kToday, {})),
                 (QStringList{u"renew"_qs, u"cancel"_qs}));
    }

    void anOpenApplicationHidesItsKindAndCancel()
    {
        const auto c = core::DemoCertificates::find(u"renewal_due"_qs);
        QCOMPARE(keys(offeredTo(*c, {P::Replace})), (QStringList{u"renew"_qs, u"change"_qs, u"transfer"_qs}));
        QCOMPARE(keys(offeredTo(*c, {P::Renew, P::Transfer})), (QStringList{u"replace"_qs, u"change"_qs}));
    }

    void choicesOfEachProcedure()
    {
        using core::ProcedureChoices;
        QCOMPARE(ProcedureChoices::field(P::Apply), u"category"_qs);
        QVERIFY(!ProcedureChoices::required(P::Apply));
        for (int digit = 1; digit <= 7; ++digit)
            QVERIFY(ProcedureChoices::isValid(P::Apply, QString::number(digit)));
        QVERIFY(ProcedureChoices::isValid(P::Apply, QString()));
        QVERIFY(!ProcedureChoices::isValid(P::Apply, u"0"_qs));
        QVERIFY(!ProcedureChoices::isValid(P::Apply, u"8"_qs));
        QCOMPARE(ProcedureChoices::name(P::Apply, u"1"_qs).english(), u"Visual disability"_qs);
        // Built once (the server checks every pushed field against them), not on each call.
        QCOMPARE(&ProcedureChoices::set(P::Transfer), &ProcedureChoices::set(P::Transfer));

        QCOMPARE(ProcedureChoices::field(P::Renew), u"situationChanged"_qs);
        QCOMPARE(ProcedureChoices::field(P::Replace), u"reason"_qs);
        QCOMPARE(ProcedureChoices::field(P::Transfer), u"district"_qs);
        QCOMPARE(ProcedureChoices::field(P::Change), u"change"_qs);
        QCOMPARE(ProcedureChoices::field(P::Cancel), u"reason"_qs);
        const auto optionKeys = [](P p) {
            QStringList out;
            for (const auto &o : ProcedureChoices::options(p))
                out.append(o.key);
            return out;
        };
        QCOMPARE(optionKeys(P::Renew), (QStringList{u"no"_qs, u"yes"_qs}));
        QCOMPARE(optionKeys(P::Replace), (QStringList{u"lost"_qs, u"damaged"_qs}));
        QCOMPARE(optionKeys(P::Change), (QStringList{u"category"_qs, u"level"_qs}));
        QCOMPARE(optionKeys(P::Cancel), (QStringList{u"no_longer_needed"_qs, u"condition_improved"_qs,
                                                     u"moved_abroad"_qs, u"holder_died"_qs}));
        QCOMPARE(optionKeys(P::Transfer).size(), 17);
        for (P p : {P::Renew, P::Replace, P::Transfer, P::Change, P::Cancel}) {
            QVERIFY(ProcedureChoices::required(p));
            QVERIFY2(!ProcedureChoices::isValid(p, QString()), qPrintable(CertificateProcedures::key(p)));
            for (const auto &o : ProcedureChoices::options(p))
                QVERIFY2(!o.name.isEmpty(), qPrintable(o.key));
        }
        QVERIFY(!ProcedureChoices::isValid(P::Replace, u"holder_died"_qs));
        QVERIFY(!ProcedureChoices::isValid(P::Cancel, u"lost"_qs));
    }

    void districtsOfTianjin()
    {
        const auto all = core::CityDistricts::all();
        QCOMPARE(all.size(), 17);
        QCOMPARE(all.first().code, u"120101"_qs);
        QCOMPARE(all.first().name.english(), u"Heping District"_qs);
        QCOMPARE(core::CityDistricts::name(u"120116"_qs).english(), u"Binhai New Area"_qs);
        QCOMPARE(all.last().code, u"outside_city"_qs);
        QSet<QString> codes;
        for (const auto &d : all) {
            QVERIFY2(d.code == u"outside_city" || (d.code.size() == 6 && d.code.startsWith(u"12")), qPrintable(d.code));
            codes.insert(d.code);
        }
        QCOMPARE(codes.size(), all.size());
        // The codes skip 120107..120109 (merged into Binhai New Area in 2009).
        QVERIFY(!core::CityDistricts::isKnown(u"120107"_qs));
        QVERIFY(core::CityDistricts::isKnown(u"120119"_qs));
        QVERIFY(!core::CityDistricts::isKnown(QString()));
    }

    void applicationStateMoves()
    {
        using S = ApplicationState;
        QVERIFY(ApplicationStates::canMove(S::Submitted, S::Accepted));
        QVERIFY(ApplicationStates::canMove(S::Submitted, S::Refused));
        QVERIFY(ApplicationStates::canMove(S::Accepted, S::Done));
        QVERIFY(ApplicationStates::canMove(S::Accepted, S::Refused));
        QVERIFY(!ApplicationStates::canMove(S::Submitted, S::Done));
        QVERIFY(!ApplicationStates::canMove(S::Accepted, S::Submitted));
        for (S to : ApplicationStates::all()) {
            QVERIFY(!ApplicationStates::canMove(S::Done, to));
            QVERIFY(!ApplicationStates::canMove(S::Refused, to));
            QVERIFY(!ApplicationStates::canMove(to, to));
        }
        QVERIFY(ApplicationStates::isOpen(S::Submitted));
        QVERIFY(ApplicationStates::isOpen(S::Accepted));
        QVERIFY(!ApplicationStates::isOpen(S::Done));
        QVERIFY(!ApplicationStates::isOpen(S::Refused));
        for (S s : ApplicationStates::all()) {
            QCOMPARE(ApplicationStates::fromKey(ApplicationStates::key(s)), s);
            QVERIFY(!ApplicationStates::name(s).isEmpty());
        }
        QCOMPARE(ApplicationStates::key(S::Refused), u"refused"_qs);
    }

    void workingDaysAndWordsOfEachProcedure()
    {
        QCOMPARE(CertificateProcedures::rule(P::Renew).workingDays, std::optional<int>(15));
        QCOMPARE(CertificateProcedures::rule(P::Replace).workingDays, std::optional<int>(15));
        QCOMPARE(CertificateProcedures::rule(P::Transfer).workingDays, std::optional<int>(10));
        QCOMPARE(CertificateProcedures::rule(P::Cancel).workingDays, std::optional<int>(5));
        QVERIFY(!CertificateProcedures::rule(P::Apply).workingDays.has_value());
        QVERIFY(!CertificateProcedures::rule(P::Change).workingDays.has_value());
        QVERIFY(CertificateProcedures::rule(P::Transfer).howLong.english().contains(u"10 working days"));
        QVERIFY(CertificateProcedures::rule(P::Apply).howLong.english().contains(u"public notice"));
        QCOMPARE(CertificateProcedures::rule(P::Replace).plainName.english(), u"Report it lost or replace it"_qs);
        const QStringList icons{u"note_add"_qs, u"autorenew"_qs, u"report"_qs, u"move_up"_qs, u"edit_note"_qs, u"cancel"_qs};
        for (P p : CertificateProcedures::all()) {
            const core::ProcedureRule &r = CertificateProcedures::rule(p);
            QCOMPARE(r.procedure, p);
            QCOMPARE(r.icon, icons.at(int(p)));
            QVERIFY(!r.officialTerm.isEmpty());
            QVERIFY(r.officialTerm.english() != r.plainName.english());
            QVERIFY(!r.purpose.isEmpty());
            QVERIFY(!r.where.isEmpty());
            QVERIFY(r.whatToBring.size() >= 2);
            QCOMPARE(r.choice.field, core::ProcedureChoices::field(p));
        }
        // The papers are the lifecycle's own words, shared.
        QVERIFY(CertificateProcedures::rule(P::Renew).whatToBring.contains(core::CertificatePapers::oldCertificate()));
    }

    void demoCertificatesCoverEveryCase()
    {
        const auto &all = core::DemoCertificates::all();
        QSet<QString> ids;
        QSet<QString> caseKeys;
        for (const auto &c : all) {
            QVERIFY2(core::IdNumber::isValid(c.idNumber), qPrintable(c.idNumber));
            ids.insert(c.idNumber);
            caseKeys.insert(c.key);
            QCOMPARE(core::CertificateLifecycle::effectiveState(c.stored, c.validUntil(kToday), kToday), c.shown);
        }
        QCOMPARE(ids.size(), all.size());
        QCOMPARE(caseKeys.size(), all.size());
        const auto onePerState = core::DemoCertificates::onePerState();
        QCOMPARE(onePerState.size(), core::CertificateStates::all().size());
        for (int i = 0; i < onePerState.size(); ++i)
            QCOMPARE(onePerState[i].shown, core::CertificateStates::all().at(i));
        QVERIFY(core::DemoCertificates::find(u"expired"_qs)->validUntil(kToday) < kToday);
        QVERIFY(core::DemoCertificates::find(u"cancelled_over_a_year"_qs)->stateSinceOn(kToday) < kToday.addYears(-1));
        QVERIFY(!core::DemoCertificates::find(u"nobody"_qs).has_value());
    }
};

QTEST_GUILESS_MAIN(TestProcedures)
#include "tst_procedures.moc"
