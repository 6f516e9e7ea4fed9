// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idnumber.h"
#include "core/phonenumber.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/registrationreason.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/store/taskname.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;
using Kind = StoreError::Kind;

namespace {
// Wednesday 2 December 2026, 10:00 at the station; demo slots from Monday 30 November.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0));
const QDate kMonday(2026, 11, 30);
const qint64 kMinute = 60 * 1000;
// A valid demo-area ID number nobody else in the demo has (check character computed for it).
const QString kNewPerson = u"120101200107151550"_qs;
} // namespace

/// @brief Volunteers at the kiosk as they notice it: registering, checking in and out, the
/// hours and what the kiosk says when something is wrong. A real SQLite file with the demo
/// roster; the wall clock and the monotonic clock are the test's, so a moved clock and a
/// restart can be played.
class TestVolunteerStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QDateTime m_now = kNow;
    QString m_boot = u"boot-a"_qs;
    qint64 m_ms = 0;

    VolunteerStore &volunteers() { return m_store->volunteers(); }

    /// Both clocks move on together, as in a real day.
    void pass(qint64 minutes)
    {
        m_now = m_now.addSecs(minutes * 60);
        m_ms += minutes * kMinute;
    }

    QList<OutboxEntry> outbox(const QString &kind) const
    {
        SyncQueue sync(*m_db);
        QList<OutboxEntry> out;
        for (const OutboxEntry &e : sync.pending(100).value()) {
            if (e.kind == kind)
                out.append(e);
        }
        return out;
    }

    void deliverAll()
    {
        SyncQueue sync(*m_db);
        QStringList ids;
        for (const OutboxEntry &e : sync.pending(100).value())
            ids.append(e.id);
        QVERIFY(sync.acknowledge(ids).ok());
    }

    void applyPage(const ChangeSet &page)
    {
        SyncQueue sync(*m_db);
        auto applied = sync.apply(page);
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
    }

    VolunteerRegistrationDraft draft() const
    {
        VolunteerRegistrationDraft d;
        d.idNumber = kNewPerson;
        d.name = u"欧阳明华"_qs;
        d.skills = {u"sign_language"_qs, u"driving"_qs};
        d.availability.set(Qt::Monday, u"morning"_qs, true);
        d.availability.set(Qt::Saturday, u"evening"_qs, true);
        d.availability.set(Qt::Saturday, u"afternoon"_qs, true);
        d.phone = u"139 8765 4321"_qs;
        d.consentVersion = u"2026-12"_qs;
        d.consentAgreedAt = kNow;
        return d;
    }

    QByteArray fileBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {QString(), u"-wal"_qs}) {
            QFile f(m_path + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(core::IdNumber::parse(kNewPerson).has_value());
    }

    void init()
    {
        static int n = 0;
        m_now = kNow;
        m_boot = u"boot-a"_qs;
        m_ms = 3600 * 1000;
        m_path = m_dir.filePath(QStringLiteral("volunteers-%1.db").arg(++n));
        m_db = std::make_unique<Database>(m_path);
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "station-secret");
        m_store->setClock([this] { return m_now; });
        m_store->setMonotonicClock([this] { return MonotonicReading{m_boot, m_ms}; });
        auto installed = DemoData::install(*m_store, kMonday);
        QVERIFY2(installed.ok(), qPrintable(installed.error().detail));
        deliverAll(); // the demo's own entries are not what these tests look at
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    // Registration ----------------------------------------------------------------------------

    void registrationRefusesEachMissingPart_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("says");
        QTest::newRow("ID number") << 0 << core::IdNumber::problemText(core::IdNumberProblem::WrongCheckCharacter).in(u"en");
        QTest::newRow("name") << 1 << u"The name could not be read from your ID card"_qs;
        QTest::newRow("no skill") << 2 << u"at least one way you can help"_qs;
        QTest::newRow("unknown skill") << 3 << u"not known to this kiosk"_qs;
        QTest::newRow("no time") << 4 << u"at least one time in the week"_qs;
        QTest::newRow("phone") << 5 << core::PhoneNumber::problemText(core::PhoneProblem::TooShort).in(u"en");
        QTest::newRow("consent") << 6 << u"Without your agreement"_qs;
    }

    void registrationRefusesEachMissingPart()
    {
        QFETCH(int, part);
        QFETCH(QString, says);
        VolunteerRegistrationDraft d = draft();
        switch (part) {
        case 0: d.idNumber = u"120101200107151551"_qs; break;
        case 1: d.name = u"  "_qs; break;
        case 2: d.skills.clear(); break;
        case 3: d.skills.append(u"juggling"_qs); break;
        case 4: d.availability = {}; break;
        case 5: d.phone = u"139 8765"_qs; break;
        case 6: d.consentAgreedAt = {}; break;
        }
        auto refused = m_store->registrations().registerVolunteer(d);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QVERIFY2(refused.error().message.in(u"en").contains(says), qPrintable(refused.error().message.in(u"en")));
        QVERIFY(outbox(u"volunteer_registration"_qs).isEmpty());
        QVERIFY(!m_store->registrations().registrationOf(kNewPerson).value().has_value());
    }

    void registrationSendsWhatTheServerNeeds()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY2(made.ok(), qPrintable(made.error().detail));
        QCOMPARE(made.value().state, RegistrationState::Pending);
        QVERIFY(!made.value().code.isEmpty());

        const auto entries = outbox(u"volunteer_registration"_qs);
        QCOMPARE(entries.size(), 1);
        const QJsonObject p = entries.first().payload;
        QCOMPARE(p.value(u"id").toString(), made.value().id);
        QCOMPARE(p.value(u"visitorKey").toString(), m_store->keyFor(kNewPerson));
        QCOMPARE(p.value(u"name").toString(), u"欧阳明华"_qs);
        QCOMPARE(p.value(u"givenName").toString(), u"明华"_qs);
        QCOMPARE(p.value(u"idType").toString(), u"resident_id_card"_qs);
        QCOMPARE(p.value(u"idNumberMasked").toString(), u"120101********1550"_qs);
        QCOMPARE(p.value(u"skills").toArray(), QJsonArray({u"sign_language"_qs, u"driving"_qs}));
        const QJsonObject week{{u"mon"_qs, QJsonArray{u"morning"_qs}}, {u"sat"_qs, QJsonArray{u"afternoon"_qs, u"evening"_qs}}};
        QCOMPARE(p.value(u"availability").toObject(), week);
        QCOMPARE(p.value(u"phone").toString(), u"13987654321"_qs);
        QCOMPARE(p.value(u"consent").toObject().value(u"version").toString(), u"2026-12"_qs);
        QCOMPARE(p.value(u"consent").toObject().value(u"agreedAt").toString(), kNow.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(p.value(u"code").toString(), made.value().code);
        QVERIFY(!QJsonDocument(p).toJson().contains(kNewPerson.toLatin1()));

        auto mine = m_store->registrations().registrationOf(kNewPerson);
        QVERIFY(mine.ok() && mine.value().has_value());
        QCOMPARE(mine.value()->code, made.value().code);
        QCOMPARE(mine.value()->state, RegistrationState::Pending);
    }

    void aSecondRegistrationIsToldInstead()
    {
        QVERIFY(m_store->registrations().registerVolunteer(draft()).ok());
        auto pending = m_store->registrations().registerVolunteer(draft());
        QCOMPARE(pending.error().kind, Kind::AlreadyDone);
        QCOMPARE(pending.error().message.in(u"en"), u"Your registration is waiting for a coordinator's approval."_qs);

        ChangeSet page;
        page.registrationStatuses.append({m_store->registrations().registrationOf(kNewPerson).value()->id,
                                          RegistrationState::Approved, u"TJ-V-000123"_qs, {}, kNow.toUTC()});
        applyPage(page);
        auto approved = m_store->registrations().registerVolunteer(draft());
        QCOMPARE(approved.error().kind, Kind::AlreadyDone);
        QCOMPARE(approved.error().message.in(u"en"), u"You are registered as volunteer TJ-V-000123 already."_qs);
        QCOMPARE(outbox(u"volunteer_registration"_qs).size(), 1);

        // Registered elsewhere: the server's lookup taught the kiosk the card.
        VolunteerRegistrationDraft other = draft();
        other.idNumber = DemoData::notVolunteerIdNumber();
        QVERIFY(m_store->registrations().learnVolunteerKey(other.idNumber, u"tj-v-000777"_qs).ok());
        QCOMPARE(m_store->registrations().registerVolunteer(other).error().message.in(u"en"),
                 u"You are registered as volunteer TJ-V-000777 already."_qs);
    }

    void aRefusedRegistrationCanBeMadeAgain()
    {
        auto first = m_store->registrations().registerVolunteer(draft());
        QVERIFY(first.ok());
        ChangeSet page;
        page.registrationStatuses.append({first.value().id, RegistrationState::Refused, {}, u"Phone not reachable"_qs,
                                          kNow.toUTC()});
        applyPage(page);
        auto mine = m_store->registrations().registrationOf(kNewPerson).value();
        QCOMPARE(mine->state, RegistrationState::Refused);
        // Kept as a code; the coordinator's words, written for the person, are what they read.
        QCOMPARE(mine->reason, u"coordinator:Phone not reachable"_qs);
        QCOMPARE(RegistrationReason::in(mine->reason, u"en"), u"Phone not reachable"_qs);
        QVERIFY(!volunteers().volunteerOfIdNumber(kNewPerson).value().has_value());
        m_now = m_now.addSecs(60);
        QVERIFY(m_store->registrations().registerVolunteer(draft()).ok());
        QCOMPARE(m_store->registrations().registrationOf(kNewPerson).value()->state, RegistrationState::Pending);
    }

    void aRegistrationTheServerRefusesIsRefusedHere()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY(made.ok());
        SyncQueue sync(*m_db);
        // What the sync client does with the server's refusal of the item.
        QVERIFY(sync.park(made.value().id, u"visitorKey: already registered as volunteer TJ-V-000123"_qs).ok());

        // Not "waiting for approval" for good: refused, a code kept, words made when shown.
        auto mine = m_store->registrations().registrationOf(kNewPerson).value();
        QCOMPARE(mine->state, RegistrationState::Refused);
        QCOMPARE(mine->reason, u"registered_as:TJ-V-000123"_qs);
        QCOMPARE(RegistrationReason::in(mine->reason, u"en"), u"the central office has you as volunteer TJ-V-000123 already"_qs);
        // Staff still see the refusal and why; the person's data left the file.
        const auto parked = sync.parked(10).value();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().kind, u"volunteer_registration"_qs);
        QCOMPARE(parked.first().parkedReason, u"visitorKey: already registered as volunteer TJ-V-000123"_qs);
        QCOMPARE(parked.first().payload.value(u"code").toString(), made.value().code);
        for (const char *field : {"name", "givenName", "idNumberMasked", "phone", "visitorKey", "skills", "availability"})
            QVERIFY2(!parked.first().payload.contains(QLatin1String(field)), field);
        const QByteArray file = fileBytes();
        QVERIFY(!file.contains("13987654321"));
        QVERIFY(!file.contains(u"欧阳明华"_qs.toUtf8()));
        QVERIFY(!file.contains("120101********1550"));
        // The server named the number: a second try is told it, not refused again days later.
        auto again = m_store->registrations().registerVolunteer(draft());
        QCOMPARE(again.error().kind, Kind::AlreadyDone);
        QCOMPARE(again.error().message.in(u"en"), u"You are registered as volunteer TJ-V-000123 already."_qs);
        // What is left of it cannot be sent again.
        QCOMPARE(sync.unpark(made.value().id).error().kind, Kind::Invalid);
        QCOMPARE(sync.parked(10).value().size(), 1);
    }

    void aRegistrationRefusedForAnotherReasonCanBeMadeAgain()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY(made.ok());
        QVERIFY(volunteers().checkIn(u"TJ-V-000105"_qs).ok());
        const OutboxEntry checkIn = outbox(u"check_in"_qs).first();
        SyncQueue sync(*m_db);
        QVERIFY(sync.park(made.value().id, u"refused by the server: items[0].payload.name the name from the ID card, "
                                            "1 to 50 characters"_qs).ok());
        QVERIFY(sync.park(checkIn.id, u"volunteerNumber: unknown volunteer"_qs).ok());
        auto mine = m_store->registrations().registrationOf(kNewPerson).value();
        QCOMPARE(mine->state, RegistrationState::Refused);
        // The server's words (a field's name, English) are for staff: the person reads a plain
        // clause in their own language, and "You can register again" once, from the page.
        QVERIFY(mine->reason.startsWith(u"server:"));
        const QString shown = RegistrationReason::in(mine->reason, u"en");
        QCOMPARE(shown, u"the central office could not accept it as it was sent"_qs);
        QVERIFY(!shown.contains(u"name"));
        QVERIFY(!RegistrationReason::in(mine->reason, u"zh").contains(u"characters"));
        // Other kinds stay whole, for staff to send again once the cause is fixed.
        for (const OutboxEntry &e : sync.parked(10).value()) {
            if (e.kind == u"check_in")
                QCOMPARE(e.payload, checkIn.payload);
        }
        QVERIFY(sync.unpark(checkIn.id).ok());

        m_now = m_now.addSecs(60);
        auto second = m_store->registrations().registerVolunteer(draft());
        QVERIFY2(second.ok(), qPrintable(second.error().message.in(u"en")));
        QCOMPARE(m_store->registrations().registrationOf(kNewPerson).value()->state, RegistrationState::Pending);
    }

    void aRegistrationTheServerHoldsAsPendingStaysPending()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY(made.ok());
        SyncQueue sync(*m_db);
        // Another registration of this person waits on the server (made at another kiosk here).
        QVERIFY(sync.park(made.value().id, u"visitorKey: already registered, waiting for a coordinator's approval"_qs).ok());
        auto mine = m_store->registrations().registrationOf(kNewPerson).value();
        QCOMPARE(mine->state, RegistrationState::Pending);
        QVERIFY(RegistrationReason::in(mine->reason, u"en").isEmpty());
        QVERIFY(mine->code.isEmpty()); // the server never kept this record's code: not one to ask by
        // Told "waiting", not invited to register again only to be refused again.
        auto again = m_store->registrations().registerVolunteer(draft());
        QCOMPARE(again.error().kind, Kind::AlreadyDone);
        QCOMPARE(again.error().message.in(u"en"), u"Your registration is waiting for a coordinator's approval."_qs);
        QVERIFY(!fileBytes().contains("13987654321"));
    }

    void refusedRegistrationsGoWithRetentionParkedOrNot()
    {
        SyncQueue sync(*m_db);
        auto refused = m_store->registrations().registerVolunteer(draft());
        QVERIFY(refused.ok());
        QVERIFY(sync.park(refused.value().id, u"phone: a volunteer's phone is needed for the coordinator to call"_qs).ok());
        VolunteerRegistrationDraft other = draft();
        other.idNumber = DemoData::notVolunteerIdNumber();
        auto held = m_store->registrations().registerVolunteer(other);
        QVERIFY(held.ok());
        QVERIFY(sync.park(held.value().id, u"visitorKey: already registered, waiting for a coordinator's approval"_qs).ok());
        QCOMPARE(sync.parked(10).value().size(), 2);

        // Within the window both stay: staff see the refusals, the person hears of them.
        QVERIFY(sync.purgeDelivered(kNow.addDays(-1)).ok());
        QVERIFY(m_store->registrations().registrationOf(kNewPerson).value().has_value());
        QCOMPARE(sync.parked(10).value().size(), 2);

        // After it nothing of either is left: no row, no card key, no code, no parked stub.
        QVERIFY(sync.purgeDelivered(kNow.addDays(31)).ok());
        QVERIFY(!m_store->registrations().registrationOf(kNewPerson).value().has_value());
        QVERIFY(!m_store->registrations().registrationOf(DemoData::notVolunteerIdNumber()).value().has_value());
        QCOMPARE(sync.parked(10).value().size(), 0);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM volunteer_registrations"_qs).value().toInt(), 0);
        QVERIFY(!fileBytes().contains(refused.value().code.toUtf8()));
    }

    void anApprovedRegistrationFindsTheVolunteerByCard()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY(made.ok());
        ChangeSet page;
        page.registrationStatuses.append({made.value().id, RegistrationState::Approved, u"TJ-V-000123"_qs, {}, kNow.toUTC()});
        applyPage(page);
        // Approved, but the roster row is not here yet: not on this kiosk's list.
        QVERIFY(!volunteers().volunteerOfIdNumber(kNewPerson).value().has_value());
        ChangeSet roster;
        roster.volunteers.append({u"TJ-V-000123"_qs, u"TJ-V-000123"_qs, u"欧阳明华"_qs, {}, {u"sign_language"_qs},
                                  u"明华"_qs});
        applyPage(roster);
        auto found = volunteers().volunteerOfIdNumber(kNewPerson);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->givenName, u"明华"_qs);
        QCOMPARE(m_store->registrations().registrationOf(kNewPerson).value()->volunteerNumber, u"TJ-V-000123"_qs);

        // Removed from the roster: the card no longer finds anyone.
        ChangeSet removed;
        removed.removedVolunteers.append(u"TJ-V-000123"_qs);
        applyPage(removed);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM volunteer_keys WHERE volunteer_number = 'TJ-V-000123'"_qs).value().toInt(), 0);
    }

    void personalFieldsLeaveTheFileAtDelivery()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY(made.ok());
        const QByteArray phone = "13987654321";
        const QByteArray name = u"欧阳明华"_qs.toUtf8();
        QVERIFY(fileBytes().contains(phone)); // the probe finds it while it is needed
        QVERIFY(fileBytes().contains(name));
        deliverAll();
        const QByteArray after = fileBytes();
        QVERIFY(!after.contains(phone));
        QVERIFY(!after.contains(name));
        QVERIFY(!after.contains("120101********1550"));
        // The registration itself stays, for "where is my registration".
        QCOMPARE(m_store->registrations().registrationOf(kNewPerson).value()->code, made.value().code);
    }

    void decidedRegistrationsGoWithRetention()
    {
        auto made = m_store->registrations().registerVolunteer(draft());
        QVERIFY(made.ok());
        deliverAll();
        SyncQueue sync(*m_db);
        const QDateTime later = kNow.addDays(400);
        QVERIFY(sync.purgeDelivered(later).ok());
        QVERIFY(m_store->registrations().registrationOf(kNewPerson).value().has_value()); // pending stays
        ChangeSet page;
        page.registrationStatuses.append({made.value().id, RegistrationState::Approved, u"TJ-V-000123"_qs, {}, kNow.toUTC()});
        applyPage(page);
        QVERIFY(sync.purgeDelivered(later).ok());
        QVERIFY(!m_store->registrations().registrationOf(kNewPerson).value().has_value());
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM volunteer_keys WHERE volunteer_number = 'TJ-V-000123'"_qs).value().toInt(), 1);
    }

    // Finding a volunteer ---------------------------------------------------------------------

    void aTypedNumberFindsTheVolunteer_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("number");
        QTest::newRow("digits") << u"101"_qs << u"TJ-V-000101"_qs;
        QTest::newRow("leading zeros") << u"000105"_qs << u"TJ-V-000105"_qs;
        QTest::newRow("whole") << u"TJ-V-000102"_qs << u"TJ-V-000102"_qs;
        QTest::newRow("lower case, spaces") << u" tj v 000103 "_qs << u"TJ-V-000103"_qs;
        QTest::newRow("unknown") << u"999"_qs << QString();
        QTest::newRow("more digits") << u"1101"_qs << QString();
        QTest::newRow("nothing") << u""_qs << QString();
    }

    void aTypedNumberFindsTheVolunteer()
    {
        QFETCH(QString, typed);
        QFETCH(QString, number);
        auto found = volunteers().findVolunteer(typed);
        QVERIFY(found.ok());
        QCOMPARE(found.value() ? found.value()->number : QString(), number);
    }

    void digitsOfTwoNumbersAskForTheWholeOne()
    {
        ChangeSet page;
        page.volunteers.append({u"HP-V-000101"_qs, u"HP-V-000101"_qs, u"赵磊"_qs, {}, {}, u"磊"_qs});
        applyPage(page);
        auto both = volunteers().findVolunteer(u"101"_qs);
        QCOMPARE(both.error().kind, Kind::Invalid);
        QCOMPARE(both.error().message.in(u"en"),
                 u"Several volunteers have a number ending in 101. Please ask station staff to check you in."_qs);
        QCOMPARE(volunteers().findVolunteer(u"TJ-V-000101"_qs).value()->name, u"王芳"_qs);
    }

    void theDemoCardFindsItsVolunteer()
    {
        auto found = volunteers().volunteerOfIdNumber(DemoData::volunteerIdNumber());
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->number, u"TJ-V-000101"_qs);
        QCOMPARE(found.value()->id, u"TJ-V-000101"_qs);
        QCOMPARE(found.value()->givenName, u"芳"_qs);
        QVERIFY(!volunteers().volunteerOfIdNumber(DemoData::notVolunteerIdNumber()).value().has_value());
        QCOMPARE(volunteers().volunteerOfIdNumber(u"123"_qs).error().kind, Kind::Invalid);

        auto day = volunteers().dayOf(u"TJ-V-000101"_qs);
        QVERIFY(day.ok());
        QCOMPARE(day.value().assignments.size(), 1);
        QCOMPARE(day.value().assignments.first().id, u"asg-1"_qs);
        QVERIFY(!day.value().openCheckIn);
        QCOMPARE(volunteers().dayOf(u"TJ-V-000105"_qs).value().assignments.size(), 0);
    }

    // Checking in -----------------------------------------------------------------------------

    void checkInToAnAssignmentAndTwice()
    {
        auto in = volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs);
        QVERIFY2(in.ok(), qPrintable(in.error().detail));
        QCOMPARE(in.value().givenName, u"芳"_qs);
        QCOMPARE(in.value().assignmentId, u"asg-1"_qs);
        QVERIFY(!in.value().stationDuty);
        QCOMPARE(in.value().stars, 1);
        const auto sent = outbox(u"check_in"_qs);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().payload.value(u"direction").toString(), u"in"_qs);
        QCOMPARE(sent.first().payload.value(u"assignmentId").toString(), u"asg-1"_qs);
        QCOMPARE(sent.first().payload.value(u"volunteerNumber").toString(), u"TJ-V-000101"_qs);

        auto day = volunteers().dayOf(u"TJ-V-000101"_qs).value();
        QVERIFY(day.openCheckIn);
        QCOMPARE(day.openCheckIn->since, kNow);
        QCOMPARE(day.openCheckIn->assignmentTitle.in(u"en"), u"Go with a resident to a check-up at the district hospital"_qs);

        pass(5);
        auto twice = volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs);
        QCOMPARE(twice.error().kind, Kind::AlreadyDone);
        QCOMPARE(twice.error().message.in(u"en"), u"You checked in at 10:00 already. Check out when you finish."_qs);
        QCOMPARE(outbox(u"check_in"_qs).size(), 1);
    }

    void checkInRefusesAnotherTaskOrOneThatEnded()
    {
        auto theirs = volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-3"_qs); // 张敏's task
        QCOMPARE(theirs.error().kind, Kind::NotFound);
        QCOMPARE(theirs.error().message.in(u"en"), u"This task is not on your list at this station today."_qs);
        QCOMPARE(volunteers().checkIn(u"TJ-V-000101"_qs, u"elsewhere"_qs).error().kind, Kind::NotFound);
        QCOMPARE(volunteers().checkIn(u"TJ-V-000999"_qs).error().kind, Kind::NotFound);

        pass(90); // 11:30, 刘洋's 10:00-11:00 task is over
        auto ended = volunteers().checkIn(u"TJ-V-000104"_qs, u"asg-4"_qs);
        QCOMPARE(ended.error().kind, Kind::Invalid);
        QCOMPARE(ended.error().message.in(u"en"),
                 u"This task ended at 11:00. Check in for station duty instead, or ask staff."_qs);
        QVERIFY(outbox(u"check_in"_qs).isEmpty());

        auto duty = volunteers().checkIn(u"TJ-V-000104"_qs);
        QVERIFY(duty.ok());
        QVERIFY(duty.value().stationDuty);
        QCOMPARE(outbox(u"check_in"_qs).first().payload.value(u"assignmentId").toString(), QString());
        const auto now = volunteers().checkedInNow().value();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().givenName, u"洋"_qs);
        QVERIFY(now.first().assignmentId.isEmpty());
    }

    // Checking out ----------------------------------------------------------------------------

    void checkOutWithoutCheckIn()
    {
        auto out = volunteers().checkOut(u"TJ-V-000101"_qs);
        QCOMPARE(out.error().kind, Kind::Invalid);
        QCOMPARE(out.error().message.in(u"en"),
                 u"You have not checked in, so there is nothing to check out. Check in when you start."_qs);
        QVERIFY(outbox(u"check_out"_qs).isEmpty());
    }

    void checkOutCountsByTheTimerAndSendsCheckOut()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
        const QString checkInId = outbox(u"check_in"_qs).first().id;
        pass(135);
        auto out = volunteers().checkOut(u"TJ-V-000101"_qs);
        QVERIFY2(out.ok(), qPrintable(out.error().detail));
        QCOMPARE(out.value().servedNow.text(), u"2"_qs);
        QCOMPARE(out.value().servedTotal.text(), u"122"_qs);
        QCOMPARE(out.value().notYetSent.text(), u"2"_qs);
        QVERIFY(!out.value().countedByTimer);
        QVERIFY(!out.value().overMidnight);
        QCOMPARE(*out.value().toNextStar, core::VolunteerHours::fromHalfHours((300 - 122) * 2));
        // The roster keeps the server's count; the kiosk adds its own until delivered.
        QCOMPARE(volunteers().volunteer(u"TJ-V-000101"_qs).value()->served.text(), u"120"_qs);

        const auto sent = outbox(u"check_out"_qs);
        QCOMPARE(sent.size(), 1);
        const QJsonObject p = sent.first().payload;
        QCOMPARE(p.value(u"checkInId").toString(), checkInId);
        QCOMPARE(p.value(u"volunteerNumber").toString(), u"TJ-V-000101"_qs);
        QCOMPARE(p.value(u"servedMinutes").toInt(-1), 135);
        QCOMPARE(p.value(u"at").toString(), m_now.toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(!p.contains(u"direction"));
        QCOMPARE(outbox(u"check_in"_qs).size(), 1); // no check_in "out" any more
        QVERIFY(volunteers().checkedInNow().value().isEmpty());
        QCOMPARE(volunteers().checkOut(u"TJ-V-000101"_qs).error().kind, Kind::Invalid);
    }

    void aWallClockSetBackIsCountedByTheTimer()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
        m_ms += 90 * kMinute;
        m_now = kNow.addSecs(-3600); // someone set the clock back an hour
        auto out = volunteers().checkOut(u"TJ-V-000101"_qs);
        QVERIFY2(out.ok(), qPrintable(out.error().detail));
        QCOMPARE(out.value().servedNow.text(), u"1.5"_qs);
        QVERIFY(out.value().countedByTimer);
        QCOMPARE(outbox(u"check_out"_qs).first().payload.value(u"servedMinutes").toInt(-1), 90);
    }

    void aWallClockBeforeTheCheckInAfterARestartCannotBeCounted()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
        m_boot = u"boot-b"_qs;
        m_ms = 5 * kMinute;
        m_now = kNow.addSecs(-3600);
        auto out = volunteers().checkOut(u"TJ-V-000101"_qs);
        QCOMPARE(out.error().kind, Kind::Invalid);
        QCOMPARE(out.error().message.in(u"en"),
                 u"The kiosk's clock changed since you checked in, so your time cannot be counted here. "
                 "Station staff will record it."_qs);
        QVERIFY(outbox(u"check_out"_qs).isEmpty());
        QVERIFY(volunteers().checkedInNow().value().isEmpty()); // closed here, staff record it
        // My hours shows it, not counted, so the volunteer knows to ask.
        const auto h = volunteers().hoursOf(u"TJ-V-000101"_qs).value();
        QCOMPARE(h.recent.size(), 1);
        QCOMPARE(h.recent[0].state, ServedPeriod::State::NotCounted);
        QCOMPARE(h.recent[0].reason.in(u"en"), u"the kiosk's clock changed"_qs);
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
    }

    void afterARestartTheWallClockCounts()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
        m_boot = u"boot-b"_qs;
        m_ms = 5 * kMinute;
        m_now = kNow.addSecs(75 * 60);
        auto out = volunteers().checkOut(u"TJ-V-000101"_qs);
        QVERIFY2(out.ok(), qPrintable(out.error().detail));
        QCOMPARE(out.value().servedNow.text(), u"1"_qs);
        QVERIFY(!out.value().countedByTimer);
        QVERIFY(!outbox(u"check_out"_qs).first().payload.contains(u"servedMinutes"));
    }

    void aCheckOutAfterMidnight()
    {
        m_now = QDateTime(kNow.date(), QTime(22, 0));
        QVERIFY(volunteers().checkIn(u"TJ-V-000105"_qs).ok());
        pass(3 * 60 + 30); // 01:30 the next day
        auto out = volunteers().checkOut(u"TJ-V-000105"_qs);
        QVERIFY2(out.ok(), qPrintable(out.error().detail));
        QVERIFY(out.value().overMidnight);
        QVERIFY(out.value().stationDuty);
        QCOMPARE(out.value().servedNow.text(), u"3.5"_qs);
        QCOMPARE(out.value().checkedInAt, QDateTime(kNow.date(), QTime(22, 0)));
    }

    void moreThanSixteenHoursIsAForgottenCheckOut()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
        pass(16 * 60 + 1);
        auto out = volunteers().checkOut(u"TJ-V-000101"_qs);
        QCOMPARE(out.error().kind, Kind::Invalid);
        QVERIFY2(out.error().message.in(u"en").startsWith(u"You checked in on "_qs), qPrintable(out.error().message.in(u"en")));
        QVERIFY(out.error().message.in(u"en").contains(u"Station staff will record those hours. You can check in again now."));
        QVERIFY(outbox(u"check_out"_qs).isEmpty());
        QVERIFY(volunteers().checkedInNow().value().isEmpty());
        const auto h = volunteers().hoursOf(u"TJ-V-000101"_qs).value();
        QCOMPARE(h.recent.size(), 1);
        QCOMPARE(h.recent[0].state, ServedPeriod::State::NotCounted);
        QCOMPARE(h.recent[0].from, kNow);
        QVERIFY(!h.recent[0].to.isValid());
        QCOMPARE(h.recent[0].reason.in(u"en"), u"no check-out within 16 hours"_qs);
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs).ok());
    }

    void staffClosingAForgottenDutyAfterSixteenHoursAreToldWhatToDo()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000105"_qs).ok()); // station duty: no end to count to
        const QString checkInId = volunteers().checkedInNow().value().first().checkInId;
        pass(20 * 60);
        // Staff are the ones to record it: they are told how, not "staff will record it".
        auto out = volunteers().checkOutCheckIn(checkInId);
        QCOMPARE(out.error().kind, Kind::Invalid);
        const QString said = out.error().message.in(u"en");
        QVERIFY2(said.startsWith(u"The check-in of TJ-V-000105 on "_qs), qPrintable(said));
        QVERIFY2(said.contains(u"at 10:00 is more than 16 hours old"), qPrintable(said));
        QVERIFY2(said.contains(u"tell the volunteer coordinator how long they served"), qPrintable(said));
        QVERIFY(!said.contains(u"Station staff will"));
        QVERIFY(volunteers().checkedInNow().value().isEmpty());
        QCOMPARE(volunteers().hoursOf(u"TJ-V-000105"_qs).value().recent.first().state, ServedPeriod::State::NotCounted);

        // By number too, and for a moved clock.
        QVERIFY(volunteers().checkIn(u"TJ-V-000105"_qs).ok());
        m_boot = u"boot-b"_qs;
        m_now = m_now.addSecs(-3600);
        QVERIFY(volunteers().checkOut(u"TJ-V-000105"_qs, CheckOutBy::Staff).error().message.in(u"en")
                    .startsWith(u"The kiosk's clock changed since TJ-V-000105 checked in"));
    }

    void sixteenHoursExactlyStillCount()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000105"_qs).ok());
        pass(16 * 60);
        auto out = volunteers().checkOut(u"TJ-V-000105"_qs);
        QVERIFY2(out.ok(), qPrintable(out.error().message.in(u"en")));
        QCOMPARE(out.value().servedNow.text(), u"16"_qs);
    }

    void staffCheckOutCountsUntilTheTaskEnded()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok()); // 9:00-11:30
        QVERIFY(volunteers().checkIn(u"TJ-V-000105"_qs).ok());
        QCOMPARE(volunteers().checkedInNow().value().size(), 2);
        pass(5 * 60); // 15:00: both forgot
        auto staff = volunteers().checkOut(u"TJ-V-000101"_qs, CheckOutBy::Staff);
        QVERIFY2(staff.ok(), qPrintable(staff.error().detail));
        QVERIFY(staff.value().byStaff);
        QCOMPARE(staff.value().at, QDateTime(kNow.date(), QTime(11, 30)));
        QCOMPARE(staff.value().servedNow.text(), u"1.5"_qs);
        const QJsonObject p = outbox(u"check_out"_qs).first().payload;
        QCOMPARE(p.value(u"at").toString(), QDateTime(kNow.date(), QTime(11, 30)).toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(!p.contains(u"servedMinutes"));

        auto duty = volunteers().checkOut(u"TJ-V-000105"_qs, CheckOutBy::Staff); // no end: until now
        QVERIFY(duty.ok());
        QCOMPARE(duty.value().servedNow.text(), u"5"_qs);
        QVERIFY(volunteers().checkedInNow().value().isEmpty());
    }

    void staffCheckOutOfAVolunteerTakenOffTheRoster()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000103"_qs).ok()); // station duty
        const QString checkInId = volunteers().checkedInNow().value().first().checkInId;
        pass(90);
        ChangeSet removed;
        removed.removedVolunteers.append(u"TJ-V-000103"_qs);
        applyPage(removed);

        // Staff see them checked in, but the number finds nobody any more.
        const auto open = volunteers().checkedInNow().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().volunteerNumber, u"TJ-V-000103"_qs);
        QCOMPARE(volunteers().checkOut(u"TJ-V-000103"_qs, CheckOutBy::Staff).error().kind, Kind::NotFound);

        auto out = volunteers().checkOutCheckIn(checkInId);
        QVERIFY2(out.ok(), qPrintable(out.error().message.in(u"en") + u' ' + out.error().detail));
        QVERIFY(out.value().byStaff);
        QVERIFY(out.value().stationDuty);
        QCOMPARE(out.value().volunteerNumber, u"TJ-V-000103"_qs);
        QCOMPARE(out.value().servedNow.text(), u"1.5"_qs);
        const QJsonObject p = outbox(u"check_out"_qs).first().payload;
        QCOMPARE(p.value(u"checkInId").toString(), checkInId);
        QCOMPARE(p.value(u"volunteerNumber").toString(), u"TJ-V-000103"_qs);
        QCOMPARE(p.value(u"servedMinutes").toInt(), 90);
        QVERIFY(volunteers().checkedInNow().value().isEmpty());

        QCOMPARE(volunteers().checkOutCheckIn(checkInId).error().kind, Kind::AlreadyDone);
        QCOMPARE(volunteers().checkOutCheckIn(u"no-such-check-in"_qs).error().kind, Kind::NotFound);
    }

    void staffCheckOutByCheckInCountsUntilTheTaskEnded()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok()); // 9:00-11:30
        const QString checkInId = volunteers().checkedInNow().value().first().checkInId;
        pass(5 * 60);
        auto staff = volunteers().checkOutCheckIn(checkInId);
        QVERIFY2(staff.ok(), qPrintable(staff.error().detail));
        QCOMPARE(staff.value().at, QDateTime(kNow.date(), QTime(11, 30)));
        QCOMPARE(staff.value().servedNow.text(), u"1.5"_qs);
        QCOMPARE(volunteers().checkOut(u"TJ-V-000101"_qs).error().kind, Kind::Invalid); // nothing open
    }

    // Hours -----------------------------------------------------------------------------------

    void hoursTellWhatIsNotSentAndWhatWaits()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000102"_qs, u"asg-2"_qs).ok()); // 9:00-12:00
        pass(120);
        QVERIFY(volunteers().checkOut(u"TJ-V-000102"_qs).ok());
        QVERIFY(volunteers().checkIn(u"TJ-V-000102"_qs).ok()); // station duty 12:00
        pass(60);
        auto duty = volunteers().checkOut(u"TJ-V-000102"_qs);
        QVERIFY(duty.ok());
        QVERIFY(duty.value().stationDuty);
        QCOMPARE(duty.value().servedTotal.text(), u"352"_qs); // duty not in the total yet
        const QString dutyCheckIn = outbox(u"check_in"_qs).last().id;

        auto h = volunteers().hoursOf(u"TJ-V-000102"_qs).value();
        QCOMPARE(h.serverTotal.text(), u"350"_qs);
        QCOMPARE(h.notYetSent.text(), u"2"_qs);
        QCOMPARE(h.waitingForApproval.text(), u"1"_qs);
        QCOMPARE(h.total.text(), u"352"_qs);
        QCOMPARE(h.stars, 2);
        QCOMPARE(h.recent.size(), 2);
        QCOMPARE(h.recent[0].state, ServedPeriod::State::WaitingForApproval); // newest first
        QVERIFY(h.recent[0].what.in(u"en").isEmpty());
        QCOMPARE(TaskName::in(h.recent[0].what, u"en"), u"Station duty"_qs);
        QCOMPARE(TaskName::in(h.recent[1].what, u"en"), u"Station duty: helping visitors at the kiosk"_qs);
        QCOMPARE(h.recent[1].state, ServedPeriod::State::NotYetSent);
        QCOMPARE(h.recent[1].from, kNow);
        QCOMPARE(h.recent[1].to, kNow.addSecs(7200));

        // Delivered, and the server's new total arrives.
        deliverAll();
        ChangeSet roster;
        roster.volunteers.append({u"TJ-V-000102"_qs, u"TJ-V-000102"_qs, u"李强"_qs,
                                  core::VolunteerHours::fromHalfHours(352 * 2), {}, u"强"_qs});
        applyPage(roster);
        h = volunteers().hoursOf(u"TJ-V-000102"_qs).value();
        QCOMPARE(h.notYetSent.text(), u"0"_qs);
        QCOMPARE(h.total.text(), u"352"_qs);
        QCOMPARE(h.recent[1].state, ServedPeriod::State::Counted);

        ChangeSet approved;
        approved.dutyStatuses.append({dutyCheckIn, true, core::VolunteerHours::fromHalfHours(2), {}, kNow.toUTC()});
        applyPage(approved);
        h = volunteers().hoursOf(u"TJ-V-000102"_qs).value();
        QCOMPARE(h.waitingForApproval.text(), u"0"_qs);
        QCOMPARE(h.recent[0].state, ServedPeriod::State::Counted);
        QCOMPARE(h.recent[0].hours.text(), u"1"_qs);

        ChangeSet refused;
        refused.dutyStatuses.append({dutyCheckIn, false, {}, u"Not on the duty roster"_qs, kNow.toUTC()});
        applyPage(refused);
        h = volunteers().hoursOf(u"TJ-V-000102"_qs).value();
        QCOMPARE(h.recent[0].state, ServedPeriod::State::Refused);
        QCOMPARE(h.recent[0].reason.in(u"en"), u"the coordinator's reason: Not on the duty roster"_qs);
        QCOMPARE(h.waitingForApproval.text(), u"0"_qs);
    }

    void aCheckOutTheServerRefusedIsNotCountedInPlainWords()
    {
        QVERIFY(volunteers().checkIn(u"TJ-V-000101"_qs, u"asg-1"_qs).ok());
        pass(60);
        QVERIFY(volunteers().checkOut(u"TJ-V-000101"_qs).ok());
        const QString checkOut = outbox(u"check_out"_qs).first().id;
        SyncQueue sync(*m_db);
        const QString server = u"at: overlaps the volunteer's served time 09:30-10:30 at s2"_qs;
        QVERIFY(sync.park(checkOut, server).ok());
        const auto h = volunteers().hoursOf(u"TJ-V-000101"_qs).value();
        QCOMPARE(h.recent[0].state, ServedPeriod::State::NotCounted);
        QCOMPARE(h.notYetSent.text(), u"0"_qs);
        // The volunteer reads a plain sentence; the server's words are kept for staff.
        QCOMPARE(h.recent[0].reason.in(u"en"), u"the central office did not accept this check-out"_qs);
        QVERIFY(!h.recent[0].reason.in(u"zh").contains(u"overlaps"));
        QCOMPARE(h.recent[0].serverWords, server);
    }
};

QTEST_GUILESS_MAIN(TestVolunteerStore)
#include "tst_volunteerstore.moc"
