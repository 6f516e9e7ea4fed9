// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idnumber.h"
#include "core/phonenumber.h"
#include "core/servicecategory.h"
#include "kiosk/store/confirmationcode.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;
using core::CertificateState;
using Kind = StoreError::Kind;

Q_DECLARE_METATYPE(core::CertificateState)

namespace {
// Wednesday 2 December 2026, 10:00 at the station; demo slots from Monday 30 November.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0));
const QDate kMonday(2026, 11, 30);
} // namespace

/// @brief What the view models get from the store, with the demo data a tester would use.
class TestStoreApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QDateTime m_now = kNow;

    int outboxCount(const QString &kind) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM outbox WHERE kind = ?"_qs, {kind}).value().toInt();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_now = kNow;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("api-%1.db").arg(++n)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "station-secret");
        m_store->setClock([this] { return m_now; });
        auto installed = DemoData::install(*m_store, kMonday);
        QVERIFY2(installed.ok(), qPrintable(installed.error().detail));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void demoInstallsOnlyIntoAnEmptyStore()
    {
        auto again = DemoData::install(*m_store, kMonday);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Kind::AlreadyDone);
        QCOMPARE(m_store->setting(u"mode"_qs).value(), u"demo"_qs);
        QCOMPARE(outboxCount(u"booking"_qs), 0);
        // One demo help request is still waiting to be sent, so "My requests" shows that stage.
        QCOMPARE(outboxCount(u"volunteer_request"_qs), 1);
    }

    void demoPeopleCoverEveryState()
    {
        QSet<CertificateState> states;
        for (const auto &person : DemoData::people()) {
            QVERIFY2(core::IdNumber::isValid(person.idNumber), qPrintable(person.idNumber));
            states.insert(person.state);
        }
        QCOMPARE(states.size(), core::CertificateStates::all().size());
    }

    void lookupShowsEachState_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<CertificateState>("state");
        for (const auto &person : DemoData::people())
            QTest::newRow(qPrintable(core::CertificateStates::key(person.state))) << person.idNumber << person.state;
    }

    void lookupShowsEachState()
    {
        QFETCH(QString, idNumber);
        QFETCH(CertificateState, state);
        auto found = m_store->certificates().lookupCertificate(idNumber);
        QVERIFY(found.ok());
        QVERIFY(found.value().has_value());
        const CertificateRecord &record = *found.value();
        const auto explained = record.explain(m_now.date());
        QCOMPARE(explained.state, state);
        QVERIFY(!explained.summary.in(u"zh").isEmpty());
        QCOMPARE(record.maskedId, idNumber.left(6) + u"********"_qs + idNumber.right(4));
        if (state == CertificateState::RenewalDue)
            QVERIFY(explained.summary.in(u"en").contains(u"Renew my certificate"));
        // Where to collect the card comes with the record (the page shows it in its date box).
        if (state == CertificateState::ReadyForPickup)
            QVERIFY(record.pickupPlace.in(u"en").contains(u"Federation"));
        if (state == CertificateState::NotApproved)
            QVERIFY(explained.visitorDeadline > m_now.date());
    }

    void lookupNormalisesAndRefuses()
    {
        const QString id = DemoData::people().first().idNumber; // ends in X
        auto typed = m_store->certificates().lookupCertificate(id.toLower().insert(6, u' '));
        QVERIFY(typed.ok() && typed.value());
        auto none = m_store->certificates().lookupCertificate(DemoData::idNumberWithoutCertificate());
        QVERIFY(none.ok());
        QVERIFY(!none.value());
        auto bad = m_store->certificates().lookupCertificate(u"120101195803120219");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Kind::Invalid);
        QCOMPARE(bad.error().message, core::IdNumber::problemText(core::IdNumberProblem::WrongCheckCharacter));
    }

    void catalogueCoversThePlan()
    {
        auto all = m_store->services().catalogue();
        QVERIFY(all.ok());
        QSet<core::ServiceCategory> seen;
        for (const ServiceOffer &s : all.value()) {
            seen.insert(s.category);
            for (const auto *text : {&s.name, &s.offers, &s.eligibility, &s.whatToBring, &s.openingHours})
                QVERIFY2(!text->zh.isEmpty() && !text->en.isEmpty(), qPrintable(s.id));
        }
        QCOMPARE(seen.size(), core::ServiceCategories::all().size());
        auto legal = m_store->services().catalogue(core::ServiceCategory::Legal);
        QVERIFY(legal.ok());
        QCOMPARE(legal.value().size(), 1);
        QCOMPARE(legal.value().first().id, u"legal-aid"_qs);
        QVERIFY(m_store->services().service(u"legal-aid"_qs).value().has_value());
        QVERIFY(!m_store->services().service(u"nope"_qs).value().has_value());
    }

    void aWeekOfSlots()
    {
        auto week = m_store->services().bookableSlots(u"certificate"_qs, kMonday, kMonday.addDays(6));
        QVERIFY(week.ok());
        QCOMPARE(week.value().size(), 5 * 4); // weekdays, four times a day
        for (int i = 1; i < week.value().size(); ++i)
            QVERIFY(week.value()[i - 1].startsAt < week.value()[i].startsAt);
        for (const BookableSlot &s : week.value())
            QVERIFY(s.startsAt.date().dayOfWeek() <= 5);
        auto wednesday = m_store->services().bookableSlots(u"legal-aid"_qs, kMonday, kMonday.addDays(6));
        QCOMPARE(wednesday.value().size(), 3);
        QCOMPARE(wednesday.value().first().startsAt, QDateTime(QDate(2026, 12, 2), QTime(14, 0)));
    }

    void bookingGivesCodeAndQueueNumber()
    {
        const auto day = m_store->services().bookableSlots(u"certificate"_qs, kNow.date(), kNow.date()).value();
        const BookableSlot full = m_store->services().bookableSlots(u"certificate"_qs, kNow.date().addDays(1), kNow.date().addDays(1)).value()[0];
        QCOMPARE(full.freePlaces(), 0);
        auto refused = m_store->services().book(full.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Full);
        QCOMPARE(outboxCount(u"booking"_qs), 0);

        const BookableSlot open = day[2];
        const int before = open.taken;
        auto first = m_store->services().book(open.id, DemoData::people()[7].idNumber);
        QVERIFY2(first.ok(), qPrintable(first.error().detail));
        QVERIFY(ConfirmationCode::isWellFormed(first.value().code));
        QCOMPARE(first.value().queueNumber, 1);
        QCOMPARE(first.value().slot.taken, before + 1);
        auto second = m_store->services().book(day[3].id);
        QVERIFY(second.ok());
        QCOMPARE(second.value().queueNumber, 2);
        QVERIFY(first.value().code != second.value().code);
        QCOMPARE(outboxCount(u"booking"_qs), 2);

        // Filling the slot up, then one more is refused.
        for (int taken = before + 1; taken < open.capacity; ++taken)
            QVERIFY(m_store->services().book(open.id).ok());
        QCOMPARE(m_store->services().book(open.id).error().kind, Kind::Full);
        QCOMPARE(m_store->services().book(u"no-such-slot"_qs).error().kind, Kind::NotFound);
        const auto monday = m_store->services().bookableSlots(u"certificate"_qs, kMonday, kMonday).value();
        QCOMPARE(m_store->services().book(monday.last().id).error().kind, Kind::Invalid); // already past

        SyncQueue sync(*m_db);
        OutboxEntry entry;
        for (const OutboxEntry &e : sync.pending(10).value()) {
            if (e.kind == u"booking" && entry.id.isEmpty())
                entry = e;
        }
        QCOMPARE(entry.id, first.value().id);
        QCOMPARE(entry.payload.value(u"code").toString(), first.value().code);
        QCOMPARE(entry.payload.value(u"visitorKey").toString(), m_store->keyFor(DemoData::people()[7].idNumber));
        QVERIFY2(!entry.payload.contains(u"idHash"), "the person is named visitorKey on the wire");
    }

    void helpRequestAndItsStatus()
    {
        const QString id = DemoData::people()[3].idNumber;
        HelpRequestDraft draft;
        draft.type = core::HelpType::SignLanguage;
        draft.idNumber = id;
        draft.phone = u"138 1234 5678"_qs;
        draft.wantedDay = kNow.date().addDays(2);
        draft.dayPart = core::DayPart::Afternoon;
        draft.noteKeys = {u"deaf_please_write"_qs};
        auto saved = m_store->requests().submitHelpRequest(draft);
        QVERIFY2(saved.ok(), qPrintable(saved.error().detail));
        QVERIFY(ConfirmationCode::isWellFormed(saved.value().code));
        auto mine = m_store->requests().requestsFor(m_store->keyFor(id));
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), 1);
        QCOMPARE(mine.value().first().id, saved.value().id);
        QCOMPARE(mine.value().first().status, core::RequestState::Submitted);
        QCOMPARE(mine.value().first().wantedDay, kNow.date().addDays(2));
        QCOMPARE(mine.value().first().dayPart, core::DayPart::Afternoon);
        QCOMPARE(outboxCount(u"volunteer_request"_qs), 2); // and the demo's one
        // The phone travels as digits only, however it was typed; the person as visitorKey.
        QJsonObject sent;
        for (const auto &e : SyncQueue(*m_db).pending(1000).value()) {
            if (e.id == saved.value().id)
                sent = e.payload;
        }
        QCOMPARE(sent.value(u"phone").toString(), u"13812345678"_qs);
        QCOMPARE(sent.value(u"visitorKey").toString(), m_store->keyFor(id));

        draft.phone = u"call me"_qs;
        auto refused = m_store->requests().submitHelpRequest(draft);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QCOMPARE(refused.error().message, core::PhoneNumber::problem(u"call me"));
        // Eleven digits, but not a mainland mobile (no 12x numbers): refused, in words.
        draft.phone = u"12812345678"_qs;
        refused = m_store->requests().submitHelpRequest(draft);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.in(u"en").isEmpty());
        QCOMPARE(refused.error().message, core::PhoneNumber::problem(u"12812345678"));
        draft.phone.clear();
        draft.idNumber = u"12345"_qs;
        QCOMPARE(m_store->requests().submitHelpRequest(draft).error().message,
                 core::IdNumber::problemText(core::IdNumberProblem::WrongLength));
        QCOMPARE(outboxCount(u"volunteer_request"_qs), 2);
    }

    void ratingOnlyOnceAndOnlyWhenDone()
    {
        const QString holder = m_store->keyFor(DemoData::people()[7].idNumber);
        const auto requests = m_store->requests().requestsFor(holder).value();
        QCOMPARE(requests.size(), 6); // the demo person has one request in every stage
        const auto done = std::find_if(requests.begin(), requests.end(), [](const HelpRequestRecord &r) {
            return r.status == core::RequestState::Done && !r.rated;
        });
        const auto open = std::find_if(requests.begin(), requests.end(),
                                       [](const HelpRequestRecord &r) { return r.status != core::RequestState::Done; });
        QVERIFY(done != requests.end() && open != requests.end());
        QCOMPARE(m_store->requests().rate(done->id, 0).error().kind, Kind::Invalid);
        QCOMPARE(m_store->requests().rate(done->id, 6).error().kind, Kind::Invalid);
        QCOMPARE(m_store->requests().rate(open->id, 5).error().kind, Kind::Invalid);
        QCOMPARE(m_store->requests().rate(u"nope"_qs, 5).error().kind, Kind::NotFound);
        auto rated = m_store->requests().rate(done->id, 5);
        QVERIFY(rated.ok());
        QCOMPARE(m_store->requests().rate(done->id, 4).error().kind, Kind::AlreadyDone);
        QCOMPARE(outboxCount(u"rating"_qs), 1);
        for (const HelpRequestRecord &r : m_store->requests().requestsFor(holder).value()) {
            if (r.id == done->id)
                QVERIFY(r.rated);
        }
    }

    void staffCallsAndAssessmentRequests()
    {
        QVERIFY(m_store->requests().callStaff(u"help_at_kiosk"_qs).ok());
        QCOMPARE(outboxCount(u"help_call"_qs), 1);
        const QString id = DemoData::people()[0].idNumber;
        auto home = m_store->requests().requestHomeAssessment(id, u"022-2345 6789"_qs, u"坐轮椅"_qs);
        QVERIFY2(home.ok(), qPrintable(home.error().detail));
        auto waiver = m_store->requests().requestFeeWaiver(id, QString());
        QVERIFY(waiver.ok());
        QCOMPARE(outboxCount(u"home_assessment_request"_qs), 2);
        SyncQueue sync(*m_db);
        QStringList kinds;
        for (const auto &e : sync.pending(10).value()) {
            if (e.kind == u"home_assessment_request")
                kinds.append(e.payload.value(u"request").toString());
        }
        QCOMPARE(kinds, QStringList({u"home_assessment"_qs, u"fee_waiver"_qs}));
        QCOMPARE(m_store->requests().requestHomeAssessment(u"", u""_qs).error().kind, Kind::Invalid);
        auto shortPhone = m_store->requests().requestFeeWaiver(id, u"138 1234"_qs);
        QCOMPARE(shortPhone.error().kind, Kind::Invalid);
        QCOMPARE(shortPhone.error().message, core::PhoneNumber::problemText(core::PhoneProblem::TooShort));
        QCOMPARE(outboxCount(u"home_assessment_request"_qs), 2);
    }

    void todaysAssignments()
    {
        auto today = m_store->volunteers().assignments();
        QVERIFY(today.ok());
        QCOMPARE(today.value().size(), 5);
        for (int i = 1; i < today.value().size(); ++i)
            QVERIFY(today.value()[i - 1].startsAt <= today.value()[i].startsAt);
        QVERIFY(!today.value().first().volunteerName.isEmpty());
        QVERIFY(m_store->volunteers().assignments(kNow.date().addDays(1)).value().isEmpty());
    }

    void everyVisitorWriteHasAVersion7Id()
    {
        QVERIFY(m_store->requests().callStaff(u"a"_qs).ok());
        QVERIFY(m_store->requests().callStaff(u"b"_qs).ok());
        SyncQueue sync(*m_db);
        QList<OutboxEntry> entries;
        for (const OutboxEntry &e : sync.pending(10).value()) {
            if (e.kind == u"help_call")
                entries.append(e);
        }
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].payload.value(u"reason").toString(), u"a"_qs);
        for (const auto &e : entries) {
            QCOMPARE(e.id[14], QChar(u'7'));
            QCOMPARE(e.payload.value(u"id").toString(), e.id);
        }
    }

    void failuresReachTheCaller()
    {
        m_db->close();
        auto call = m_store->requests().callStaff(u"help"_qs);
        QVERIFY(!call.ok());
        QCOMPARE(call.error().kind, Kind::Storage);
        QVERIFY(!call.error().message.in(u"zh").isEmpty());
        QVERIFY(!m_store->certificates().lookupCertificate(DemoData::people()[0].idNumber).ok());
        QVERIFY(!m_store->services().catalogue().ok());
    }

    void confirmationCodes()
    {
        QCOMPARE(ConfirmationCode::alphabet().size(), 24);
        // Nothing a visitor could read or hear as another character.
        for (QChar c : {QChar(u'0'), QChar(u'O'), QChar(u'Q'), QChar(u'1'), QChar(u'I'), QChar(u'Z'), QChar(u'S'),
                        QChar(u'G'), QChar(u'B'), QChar(u'U'), QChar(u'R'), QChar(u'E')})
            QVERIFY(!ConfirmationCode::alphabet().contains(c));
        QSet<QString> codes;
        for (int i = 0; i < 2000; ++i) {
            const QString code = ConfirmationCode::generate();
            QCOMPARE(code.size(), 5);
            QVERIFY(ConfirmationCode::isWellFormed(code));
            codes.insert(code);
        }
        QVERIFY(codes.size() > 1900);
        QCOMPARE(ConfirmationCode::generate(9).size(), 6);
        QVERIFY(!ConfirmationCode::isWellFormed(u"AB0CD"));
        QVERIFY(!ConfirmationCode::isWellFormed(u"ABC"));
    }
};

QTEST_GUILESS_MAIN(TestStoreApi)
#include "tst_storeapi.moc"
