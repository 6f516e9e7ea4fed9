// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "storefilereads.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "drivers/idcard/demoidentities.h"
#include "drivers/idcard/idcard.h"
#include "kiosk/cardreader.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/store/volunteerregistrationdraft.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"
#include "kiosk/volunteerdesk.h"
#include "kiosk/volunteerfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storefilereads;
using namespace windowactions;

/// @brief Volunteers checking in and out at the kiosk's real window, by the simulated card
/// reader and by volunteer number, by touch and by keys alone, against the demo store in a
/// temporary folder with the store's wall and monotonic clocks set (VolunteerFixture): every
/// refusal explained on screen and aloud, over midnight, a clock moved back across a restart,
/// a clock set wrong while serving, staff checking out a forgotten volunteer, two volunteers
/// in a row. Each check of what was stored reads the store file through its own connection.
class TestCheckInFlow : public QObject
{
    Q_OBJECT

    static bool shows(const MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = kiosk.find(name);
        return item && shown(item);
    }

    /// The check row of `number` in `direction` written last: its id (by insertion, as the
    /// tests move the wall clock back and forth).
    static QString lastCheck(const QString &number, const QString &direction)
    {
        return value(u"SELECT id FROM volunteer_checks WHERE volunteer_id = '%1' AND direction = '%2' "
                     "ORDER BY rowid DESC LIMIT 1"_s.arg(number, direction))
            .toString();
    }

    static VolunteerDesk *desk() { return Visit::instance()->volunteers(); }

    static store::Store *st() { return StationStore::instance()->store(); }

    /// A demo volunteer with (`withTask`) or without a task here today; `skip` to get another.
    static QString demoVolunteer(bool withTask, int skip = 0)
    {
        for (const QString &number : store::DemoData::volunteerNumbers()) {
            const auto day = st()->volunteers().dayOf(number);
            if (!day.ok() || day.value().assignments.isEmpty() == withTask)
                continue;
            if (skip-- == 0)
                return number;
        }
        return {};
    }

    static store::Assignment firstTask(const QString &number)
    {
        const auto day = st()->volunteers().dayOf(number);
        return day.ok() && !day.value().assignments.isEmpty() ? day.value().assignments.constFirst() : store::Assignment{};
    }

    static QString givenNameOf(const QString &number)
    {
        const auto v = st()->volunteers().findVolunteer(number);
        return v.ok() && v.value() ? v.value()->givenName : QString();
    }

    /// Checks `number` out if a check-in of theirs is open (earlier tests share the store file).
    static void closeOpenCheckIn(const QString &number)
    {
        StoreWriter::instance()->write<store::VolunteerCheck>(
            StationStore::instance(), [number](store::Store &s) { return s.volunteers().checkOut(number, store::CheckOutBy::Staff); },
            [](const store::Result<store::VolunteerCheck> &) {});
        StoreWriter::instance()->flush();
        QCoreApplication::processEvents();
    }

    /// Home → Volunteers → "Type my volunteer number" → the digits → Confirm, by touch.
    static void identifyByNumber(MainWindowFixture &kiosk, const QString &number)
    {
        tap(kiosk, u"tile_checkin"_s);
        QCOMPARE(kiosk.pageTitle(), u"Volunteers"_s);
        tap(kiosk, u"typeVolunteerNumber"_s);
        QCOMPARE(kiosk.pageTitle(), u"Type your volunteer number"_s);
        const QString digits = QString::number(number.right(6).toInt());
        for (const QChar c : digits)
            tap(kiosk, u"key_"_s + c);
        QCOMPARE(text(kiosk, u"typedVolunteerNumber"_s), digits);
        tap(kiosk, u"key_confirm"_s);
        QVERIFY2(kiosk.pageTitle() == u"Volunteers"_s, qPrintable(text(kiosk, u"volunteerNumberState"_s)));
        QTRY_COMPARE(desk()->state(), u"found"_s);
    }

    /// A new visit after the last one ended: in English again (the end put the defaults back).
    static void beginVisit()
    {
        Session::instance()->begin();
        VisitorSettings::instance()->setLanguage(u"en"_s);
    }

private slots:
    void init()
    {
        // Today, now: an earlier test may have left the store's clocks on another day.
        if (StationStore::instance()->store())
            VolunteerFixture::setClocks(QDateTime::currentDateTime());
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
    }

    void cleanup()
    {
        CardReader::instance()->removeDemoCard();
        Session::instance()->end();
    }

    void aCardVolunteerChecksInAndOutByTouch()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(true);
        QVERIFY2(!number.isEmpty(), "the demo has a volunteer with a task today");
        closeOpenCheckIn(number);
        const store::Assignment task = firstTask(number);
        // The simulated reader's second card belongs to this volunteer (as an approved lookup teaches).
        const QString cardNumber = idcard::DemoIdentities::all().at(1).idNumber;
        QVERIFY(st()->registrations().learnVolunteerKey(cardNumber, number).ok());
        VolunteerFixture::setClocks(task.startsAt.addSecs(-5 * 60));

        tap(kiosk, u"tile_checkin"_s);
        QCOMPARE(kiosk.pageTitle(), u"Volunteers"_s);
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), u"ready"_s, 10'000);
        QVERIFY(CardReader::instance()->presentDemoCard(1));
        QTRY_COMPARE_WITH_TIMEOUT(desk()->state(), u"found"_s, 10'000);
        QCOMPARE(kiosk.pageTitle(), u"Volunteers"_s);
        // Greeted by the given name on screen; the public speaker never says it.
        const QString given = givenNameOf(number);
        QVERIFY(!given.isEmpty());
        QTRY_COMPARE(text(kiosk, u"greeting"_s), u"Hello, %1!"_s.arg(given));
        QTRY_VERIFY(said().contains(u"Hello! Your details are on the screen."_s));
        QVERIFY2(!said().join(u'|').contains(given), qPrintable(said().join(u'|')));
        // Today's task here, with its time, what and where, spoken too.
        QVERIFY(shows(kiosk, u"task_"_s + task.id));
        const QString shown = kiosk.visibleTexts().join(u'|');
        QVERIFY2(shown.contains(task.startsAt.toString(u"HH:mm"_s) + u'-' + task.endsAt.toString(u"HH:mm"_s)), qPrintable(shown));
        QVERIFY(shown.contains(task.title.in(u"en")));
        QVERIFY(said().join(u'|').contains(task.title.in(u"en")));

        tap(kiosk, u"checkIn_"_s + task.id);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(task.title.in(u"en")));
        QTRY_VERIFY(said().join(u'|').contains(u"You are checked in for"));
        // On disk, and in the outbox as the server takes it.
        const QString in = lastCheck(number, u"in"_s);
        QVERIFY(!in.isEmpty());
        const QJsonObject inPayload = payloadOf(in, u"check_in"_s);
        QCOMPARE(inPayload.value(u"direction"_s).toString(), u"in"_s);
        QCOMPARE(inPayload.value(u"assignmentId"_s).toString(), task.id);
        QCOMPARE(inPayload.value(u"volunteerNumber"_s).toString(), number);
        tap(kiosk, u"doneButton"_s);
        QTRY_COMPARE(Session::instance()->state(), Session::State::Attract);
        CardReader::instance()->removeDemoCard();

        // Two and a half hours (and a few minutes) later, the same card: check out.
        VolunteerFixture::advance(157);
        beginVisit();
        Navigator::instance()->open(u"checkin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), u"ready"_s, 10'000);
        QVERIFY(CardReader::instance()->presentDemoCard(1));
        QTRY_COMPARE_WITH_TIMEOUT(desk()->state(), u"found"_s, 10'000);
        QTRY_VERIFY(shows(kiosk, u"checkedInNow"_s));
        QVERIFY(text(kiosk, u"checkedInText"_s).contains(task.title.in(u"en")));
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"checkOutButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"Your service time"_s, 5000);
        QCOMPARE(text(kiosk, u"servedHours"_s), u"2.5\u00A0hours"_s);
        const QString result = kiosk.visibleTexts().join(u'|');
        QVERIFY2(result.contains(u"You served 2.5\u00A0hours this time."), qPrintable(result));
        QVERIFY2(result.contains(u"Your total is now"), qPrintable(result));
        QVERIFY2(result.contains(u"not yet sent"), qPrintable(result));
        QVERIFY2(result.contains(u"more to become a "), qPrintable(result));
        QTRY_VERIFY(said().join(u'|').contains(u"You served 2.5\u00A0hours this time."));
        const QString out = lastCheck(number, u"out"_s);
        QVERIFY(!out.isEmpty());
        const QJsonObject outPayload = payloadOf(out, u"check_out"_s);
        QCOMPARE(outPayload.value(u"checkInId"_s).toString(), in);
        QCOMPARE(outPayload.value(u"volunteerNumber"_s).toString(), number);
        QCOMPARE(outPayload.value(u"servedMinutes"_s).toInt(), 157);
        // The Mandarin voice says the half hour as words, not "二五".
        VisitorSettings::instance()->setLanguage(u"zh"_s);
        QVERIFY2(desk()->resultSpeech().contains(u"两个半小时"), qPrintable(desk()->resultSpeech()));
        QCOMPARE(desk()->served(), u"2.5\u00A0小时"_s);
    }

    void aNumberVolunteerChecksInForStationDutyAndOutByKeysAlone()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(false);
        QVERIFY2(!number.isEmpty(), "the demo has a volunteer without a task today");
        closeOpenCheckIn(number);
        VolunteerFixture::setClocks(QDateTime(QDate::currentDate(), QTime(13, 0)));

        QVERIFY(pressWithKeys(kiosk, u"tile_checkin"_s));
        QCOMPARE(kiosk.pageTitle(), u"Volunteers"_s);
        QVERIFY(pressWithKeys(kiosk, u"typeVolunteerNumber"_s));
        QCOMPARE(kiosk.pageTitle(), u"Type your volunteer number"_s);
        // The whole six digits, then Return wherever the focus is: it confirms, no seventh digit.
        for (const QChar c : number.right(6))
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QVERIFY(desk()->typedComplete());
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), u"Volunteers"_s);
        QCOMPARE(desk()->volunteerNumber(), number);
        QCOMPARE(desk()->foundBy(), u"number"_s);
        // Known by the number alone, the volunteer can still end the visit from every page.
        QVERIFY(!VisitorIdentity::instance()->present());
        QVERIFY(shows(kiosk, u"finishButton"_s));
        // No task today: said so, and station duty offered with how its hours count.
        QVERIFY(kiosk.visibleTexts().contains(u"You have no task here today."_s));
        QVERIFY(text(kiosk, u"stationDutyText"_s).contains(u"A coordinator approves those hours"));
        QVERIFY(pressWithKeys(kiosk, u"stationDutyButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(u"station duty"));
        const QString in = lastCheck(number, u"in"_s);
        QCOMPARE(payloadOf(in, u"check_in"_s).value(u"assignmentId"_s).toString(), QString());
        QVERIFY(pressWithKeys(kiosk, u"doneButton"_s));
        QTRY_COMPARE(Session::instance()->state(), Session::State::Attract);

        VolunteerFixture::advance(65);
        beginVisit();
        settle(kiosk.window());
        QVERIFY(pressWithKeys(kiosk, u"tile_checkin"_s));
        QVERIFY(pressWithKeys(kiosk, u"typeVolunteerNumber"_s));
        for (const QChar c : QString::number(number.right(6).toInt()))
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        QTRY_COMPARE(desk()->state(), u"found"_s);
        QVERIFY(desk()->checkedIn());
        QVERIFY(pressWithKeys(kiosk, u"checkOutButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"Your service time"_s, 5000);
        QVERIFY(desk()->stationDuty());
        const QString result = kiosk.visibleTexts().join(u'|');
        QVERIFY2(result.contains(u"You served 1\u00A0hour of station duty this time. They count once a coordinator approves them."),
                 qPrintable(result));
        const QString out = lastCheck(number, u"out"_s);
        QCOMPARE(payloadOf(out, u"check_out"_s).value(u"checkInId"_s).toString(), in);
        QCOMPARE(payloadOf(out, u"check_out"_s).value(u"servedMinutes"_s).toInt(), 65);
        // The hours page marks the duty as waiting for a coordinator.
        QVERIFY(pressWithKeys(kiosk, u"hoursButton"_s));
        QCOMPARE(kiosk.pageTitle(), u"My volunteer hours"_s);
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(u"Waiting for a coordinator"));
        QVERIFY(shows(kiosk, u"certificateHint"_s));
    }

    void everyRefusalIsExplained()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(true);
        const QString other = demoVolunteer(true, 1);
        closeOpenCheckIn(number);
        const store::Assignment task = firstTask(number);
        VolunteerFixture::setClocks(task.startsAt.addSecs(60));
        identifyByNumber(kiosk, number);

        // Check out without a check-in.
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"checkOutAnyway"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shows(kiosk, u"deskMessage"_s), 5000);
        QVERIFY2(text(kiosk, u"deskMessageText"_s).contains(u"You have not checked in"), qPrintable(text(kiosk, u"deskMessageText"_s)));
        QTRY_VERIFY(said().contains(text(kiosk, u"deskMessageText"_s)));
        QCOMPARE(kiosk.pageTitle(), u"Volunteers"_s);

        // A task that is not this volunteer's here today: refused, nothing written.
        if (!other.isEmpty()) {
            const QString before = lastCheck(number, u"in"_s);
            QVERIFY(desk()->checkIn(firstTask(other).id));
            QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, u"deskMessageText"_s).contains(u"not on your list"), 5000);
            QCOMPARE(lastCheck(number, u"in"_s), before);
        }

        // Checked in; then in again (station duty): "already", with the time.
        tap(kiosk, u"checkIn_"_s + task.id);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        Navigator::instance()->back();
        QTRY_VERIFY(shows(kiosk, u"checkedInNow"_s));
        tap(kiosk, u"stationDutyButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, u"deskMessageText"_s).contains(u"already"), 5000);
        QVERIFY(text(kiosk, u"deskMessageText"_s).contains(VolunteerFixture::now().addSecs(-60).toString(u"HH:mm"_s))
                || text(kiosk, u"deskMessageText"_s).contains(VolunteerFixture::now().toString(u"HH:mm"_s)));

        // The task ended long ago (the next day's kiosk): no Check in beside it; station duty offered.
        tap(kiosk, u"checkOutButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"Your service time"_s, 5000);
        Navigator::instance()->back();
        VolunteerFixture::setClocks(task.endsAt.addSecs(30 * 60));
        desk()->reload();
        settle(kiosk.window());
        QVERIFY(!shows(kiosk, u"checkIn_"_s + task.id));
        QVERIFY(kiosk.visibleTexts().contains(u"This task's time is over."_s));
        QVERIFY(shows(kiosk, u"stationDutyButton"_s));
    }

    void aCheckOutAfterMidnightIsCounted()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(false, 1).isEmpty() ? demoVolunteer(false) : demoVolunteer(false, 1);
        closeOpenCheckIn(number);
        VolunteerFixture::setClocks(QDateTime(QDate::currentDate(), QTime(23, 0)));
        identifyByNumber(kiosk, number);
        tap(kiosk, u"stationDutyButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        Navigator::instance()->back();
        VolunteerFixture::advance(150); // 01:30 the next day
        desk()->reload();
        QTRY_VERIFY(shows(kiosk, u"checkOutButton"_s));
        tap(kiosk, u"checkOutButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"Your service time"_s, 5000);
        QVERIFY(desk()->overMidnight());
        const QString result = kiosk.visibleTexts().join(u'|');
        QVERIFY2(result.contains(u"The time after midnight is counted too."), qPrintable(result));
        QCOMPARE(text(kiosk, u"servedHours"_s), u"2.5\u00A0hours"_s);
        QCOMPARE(payloadOf(lastCheck(number, u"out"_s), u"check_out"_s).value(u"servedMinutes"_s).toInt(), 150);
    }

    void aClockSetWrongOrMovedBackIsExplained()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(false);
        closeOpenCheckIn(number);

        // Same boot, the wall clock moved five hours on while one hour was served: the kiosk's
        // timer counts, and says so.
        VolunteerFixture::setClocks(QDateTime(QDate::currentDate(), QTime(9, 0)));
        identifyByNumber(kiosk, number);
        tap(kiosk, u"stationDutyButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        Navigator::instance()->back();
        VolunteerFixture::advance(60);
        VolunteerFixture::moveWallClock(300);
        desk()->reload();
        QTRY_VERIFY(shows(kiosk, u"checkOutButton"_s));
        tap(kiosk, u"checkOutButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"Your service time"_s, 5000);
        QVERIFY(desk()->countedByTimer());
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(u"counted by the kiosk's own timer"));
        // Station duty's hours as the timer counted them (what is sent), not the wall clock's six.
        QCOMPARE(text(kiosk, u"servedHours"_s), u"1\u00A0hour"_s);
        QVERIFY2(kiosk.visibleTexts().join(u'|').contains(u"You served 1\u00A0hour of station duty"),
                 qPrintable(kiosk.visibleTexts().join(u'|')));
        QCOMPARE(payloadOf(lastCheck(number, u"out"_s), u"check_out"_s).value(u"servedMinutes"_s).toInt(), 60);
        Navigator::instance()->back();

        // A restart, and the wall clock now before the check-in: cannot be counted; explained,
        // the check-in closed, staff record it.
        tap(kiosk, u"stationDutyButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        const QString in = lastCheck(number, u"in"_s);
        Navigator::instance()->back();
        VolunteerFixture::restart();
        VolunteerFixture::moveWallClock(-180);
        desk()->reload();
        QTRY_VERIFY(shows(kiosk, u"checkOutButton"_s));
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"checkOutButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, u"deskMessageText"_s).contains(u"clock changed"), 5000);
        QTRY_VERIFY(said().join(u'|').contains(u"clock changed"));
        QCOMPARE(value(u"SELECT closed_by FROM volunteer_checks WHERE id = '%1'"_s.arg(in)).toString(), u"clock"_s);
        QVERIFY(!desk()->checkedIn());
        QVERIFY(!shows(kiosk, u"checkOutButton"_s));
    }

    void staffCheckOutAForgottenVolunteer()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(true);
        closeOpenCheckIn(number);
        const store::Assignment task = firstTask(number);
        // A minute early: the whole task's time is served.
        VolunteerFixture::setClocks(task.startsAt.addSecs(-60));
        identifyByNumber(kiosk, number);
        tap(kiosk, u"checkIn_"_s + task.id);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        const QString in = lastCheck(number, u"in"_s);
        Session::instance()->end();

        // The volunteer left without checking out; after the task's end staff do it.
        VolunteerFixture::setClocks(task.endsAt.addSecs(90 * 60));
        beginVisit();
        StaffMode::instance()->setPin(u"2468"_s);
        QVERIFY(StaffMode::instance()->unlock(u"2468"_s));
        Navigator::instance()->open(u"staff"_s);
        tap(kiosk, u"openStaffVolunteers"_s);
        QTRY_VERIFY(shows(kiosk, u"checkedIn_"_s + in));
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(task.title.in(u"en")));
        tap(kiosk, u"staffCheckOut_"_s + in);
        tap(kiosk, u"staffConfirmCheckOut_"_s + in);
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, u"staffVolunteerMessage"_s).contains(u"is checked out"), 5000);
        QTRY_VERIFY(!kiosk.find(u"checkedIn_"_s + in));
        const QString out = lastCheck(number, u"out"_s);
        QCOMPARE(payloadOf(out, u"check_out"_s).value(u"checkInId"_s).toString(), in);
        QCOMPARE(value(u"SELECT closed_by FROM volunteer_checks WHERE id = '%1'"_s.arg(in)).toString(), u"staff"_s);
        // Counted until the task's end, not until now (an hour and a half later).
        const int minutes = int(task.startsAt.addSecs(-60).secsTo(task.endsAt) / 60);
        QCOMPARE(value(u"SELECT served_half_hours FROM volunteer_checks WHERE id = '%1'"_s.arg(out)).toInt(), minutes / 30);
    }

    void staffCheckOutAVolunteerTakenOffTheRoster()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(false);
        closeOpenCheckIn(number);
        const auto record = st()->volunteers().findVolunteer(number);
        QVERIFY(record.ok() && record.value());
        VolunteerFixture::setClocks(QDateTime(QDate::currentDate(), QTime(10, 0)));
        identifyByNumber(kiosk, number);
        tap(kiosk, u"stationDutyButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        const QString in = lastCheck(number, u"in"_s);
        Session::instance()->end();

        // The change feed takes the volunteer off the roster while they are checked in.
        store::ChangeSet removal;
        removal.removedVolunteers = {number};
        QVERIFY(store::SyncQueue(st()->database()).apply(removal).ok());
        VolunteerFixture::advance(60);
        beginVisit();
        StaffMode::instance()->setPin(u"2468"_s);
        QVERIFY(StaffMode::instance()->unlock(u"2468"_s));
        Navigator::instance()->open(u"staff"_s);
        tap(kiosk, u"openStaffVolunteers"_s);
        QTRY_VERIFY(shows(kiosk, u"checkedIn_"_s + in));
        tap(kiosk, u"staffCheckOut_"_s + in);
        tap(kiosk, u"staffConfirmCheckOut_"_s + in);
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, u"staffVolunteerMessage"_s).contains(u"is checked out"),
                                 5000);
        QVERIFY2(text(kiosk, u"staffVolunteerMessage"_s).contains(u"1\u00A0hour counted"),
                 qPrintable(text(kiosk, u"staffVolunteerMessage"_s)));
        QTRY_VERIFY(!kiosk.find(u"checkedIn_"_s + in));
        QCOMPARE(value(u"SELECT closed_by FROM volunteer_checks WHERE id = '%1'"_s.arg(in)).toString(), u"staff"_s);

        // Back on the roster for the tests that follow.
        store::ChangeSet back;
        back.volunteers = {*record.value()};
        QVERIFY(store::SyncQueue(st()->database()).apply(back).ok());
    }

    void anApprovedVolunteerWhoseRecordIsOnItsWayIsFoundWhenItComes()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        // Registered here by card; a coordinator approved it with a number whose roster row has
        // not reached this kiosk yet.
        const store::DemoData::DemoPerson person = store::DemoData::people().constLast();
        QVERIFY(person.idNumber != store::DemoData::volunteerIdNumber());
        store::VolunteerRegistrationDraft draft;
        draft.idNumber = person.idNumber;
        draft.name = u"赵丽"_s;
        draft.skills = {u"driving"_s};
        draft.availability.set(2, u"evening"_s, true);
        draft.phone = u"13812345678"_s;
        draft.consentVersion = u"2026-12"_s;
        draft.consentAgreedAt = QDateTime::currentDateTimeUtc();
        const auto registered = st()->registrations().registerVolunteer(draft);
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message.in(u"en")));
        const QString awaited = u"TJ-V-000888"_s;
        store::ChangeSet approval;
        approval.registrationStatuses.append(
            {registered.value().id, store::RegistrationState::Approved, awaited, QString(), st()->now().toUTC()});
        QVERIFY(store::SyncQueue(st()->database()).apply(approval).ok());

        tap(kiosk, u"tile_checkin"_s);
        idcard::IdCard card;
        card.name = draft.name;
        card.idNumber = person.idNumber;
        card.idNumberValid = true;
        CardReader::instance()->acceptCard(card);
        QTRY_COMPARE_WITH_TIMEOUT(desk()->state(), u"approved"_s, 5000);
        settle(kiosk.window());
        // Told with the number, not "not on the list"; no second registration offered.
        QTRY_VERIFY(text(kiosk, u"deskStateText"_s).contains(awaited));
        QVERIFY2(text(kiosk, u"deskStateText"_s).contains(u"on its way"), qPrintable(text(kiosk, u"deskStateText"_s)));
        QTRY_VERIFY(said().contains(text(kiosk, u"deskStateText"_s)));
        QVERIFY(!shows(kiosk, u"registerVolunteer"_s));
        QVERIFY(!shows(kiosk, u"typeVolunteerNumber"_s));

        // The roster row arrives with a sync round: the desk finds the volunteer by itself.
        store::ChangeSet roster;
        roster.volunteers = {{awaited, awaited, draft.name, core::VolunteerHours(), draft.skills, u"丽"_s}};
        QVERIFY(store::SyncQueue(st()->database()).apply(roster).ok());
        QTRY_COMPARE_WITH_TIMEOUT(desk()->state(), u"found"_s, 2 * VolunteerDesk::kRosterRetryMs);
        QTRY_COMPARE(text(kiosk, u"greeting"_s), u"Hello, 丽!"_s);
        QVERIFY(shows(kiosk, u"stationDutyButton"_s));
    }

    void aCardDuringAVolunteerNumberVisitStartsANewVisit()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString number = demoVolunteer(true);
        identifyByNumber(kiosk, number);
        QVERIFY(!VisitorIdentity::instance()->present());
        // Someone else lays their card down: the volunteer's desk is not theirs to see.
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), u"ready"_s, 10'000);
        QVERIFY(CardReader::instance()->presentDemoCard(0));
        // A new visit: the card leads where a card on the home page leads, not to the desk.
        QTRY_VERIFY(desk()->volunteerNumber().isEmpty());
        QTRY_VERIFY(Navigator::instance()->currentPage() != u"checkin"_s);
        QCOMPARE(desk()->state(), u"none"_s);
        const QString shown = kiosk.visibleTexts().join(u'|');
        QVERIFY2(!shown.contains(givenNameOf(number)), qPrintable(shown));
        QVERIFY(VisitorIdentity::instance()->present());
    }

    void checkInIsOnTheFirstScreenAtTheLargestText()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        kiosk.window()->resize(1920, 1080);
        VisitorSettings::instance()->setTextSizeStep(VisitorSettings::instance()->textSizeStepCount() - 1);
        const QString number = demoVolunteer(true);
        closeOpenCheckIn(number);
        const store::Assignment task = firstTask(number);
        VolunteerFixture::setClocks(task.startsAt.addSecs(-5 * 60));
        identifyByNumber(kiosk, number);
        Navigator::instance()->back();
        Navigator::instance()->open(u"checkin"_s);
        QTRY_COMPARE(desk()->state(), u"found"_s);
        QTest::qWait(400); // the column has settled at its top
        settle(kiosk.window());
        // Without scrolling: the first task's Check in, and the words that more lies below.
        const QQuickItem *checkIn = kiosk.find(u"checkIn_"_s + task.id);
        QVERIFY(checkIn && checkIn->isVisible());
        QVERIFY2(shownWhole(checkIn),
                 "Check in is below the fold");
        const QPointF bottom = checkIn->mapToScene(QPointF(checkIn->width() / 2, checkIn->height() - 1));
        QVERIFY2(kiosk.window()->contentItem()->contains(bottom), "Check in is cut off");
        const QQuickItem *more = kiosk.find(u"moreBelow"_s);
        QVERIFY(more && more->isVisible() && more->opacity() > 0);

        // The check-out's result at this size says that it goes on below too.
        tap(kiosk, u"checkIn_"_s + task.id);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"You are checked in"_s, 5000);
        Navigator::instance()->back();
        VolunteerFixture::advance(90);
        desk()->reload();
        tap(kiosk, u"checkOutButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), u"Your service time"_s, 5000);
        QTest::qWait(400);
        settle(kiosk.window());
        const QQuickItem *moreResult = kiosk.find(u"moreBelow"_s);
        QVERIFY(moreResult && moreResult->isVisible() && moreResult->opacity() > 0);
        // The stars stand with the level's words, not under this time's hours.
        QVERIFY(shows(kiosk, u"levelBox"_s));
        QVERIFY(text(kiosk, u"levelLine_0"_s).startsWith(u"You have no star yet") || text(kiosk, u"levelLine_0"_s).startsWith(u"Your level"));
    }

    void twoVolunteersInARowSeeOnlyTheirOwn()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString first = demoVolunteer(true);
        const QString second = demoVolunteer(false);
        VolunteerFixture::setClocks(firstTask(first).startsAt.addSecs(-10 * 60));
        identifyByNumber(kiosk, first);
        const QString firstName = givenNameOf(first);
        QCOMPARE(text(kiosk, u"greeting"_s), u"Hello, %1!"_s.arg(firstName));
        const QString firstTitle = firstTask(first).title.in(u"en");
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(firstTitle));
        tap(kiosk, u"myHoursButton"_s);
        QCOMPARE(kiosk.pageTitle(), u"My volunteer hours"_s);
        Visit::instance()->finish();
        QTRY_COMPARE(Session::instance()->state(), Session::State::Attract);
        QCOMPARE(desk()->state(), u"none"_s);
        QVERIFY(desk()->volunteerNumber().isEmpty());
        QVERIFY(!desk()->hours()->loaded());

        beginVisit();
        identifyByNumber(kiosk, second);
        const QString shown = kiosk.visibleTexts().join(u'|');
        QVERIFY2(!shown.contains(firstName), qPrintable(shown));
        QVERIFY2(!shown.contains(firstTitle), qPrintable(shown));
        QVERIFY2(!shown.contains(first), qPrintable(shown));
        QCOMPARE(text(kiosk, u"greeting"_s), u"Hello, %1!"_s.arg(givenNameOf(second)));
    }

    void aCardThatIsNotOnTheListIsToldSo()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_checkin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), u"ready"_s, 10'000);
        Announcer::instance()->clearUtterances();
        // The reader's first card is no volunteer's, and the kiosk has no server to ask.
        QVERIFY(CardReader::instance()->presentDemoCard(0));
        QTRY_COMPARE_WITH_TIMEOUT(desk()->state(), u"unknownCard"_s, 10'000);
        const QString words = u"This card is not on the kiosk's volunteer list. Type your volunteer number."_s;
        QTRY_COMPARE(text(kiosk, u"deskStateText"_s), words);
        QTRY_VERIFY(said().contains(words));
        QVERIFY(shows(kiosk, u"typeVolunteerNumber"_s));
        // A typed number that nobody has: said plainly on the number page.
        tap(kiosk, u"typeVolunteerNumber"_s);
        for (const QChar c : u"999"_s)
            tap(kiosk, u"key_"_s + c);
        tap(kiosk, u"key_confirm"_s);
        QCOMPARE(kiosk.pageTitle(), u"Type your volunteer number"_s);
        QVERIFY2(text(kiosk, u"volunteerNumberState"_s).contains(u"999"), qPrintable(text(kiosk, u"volunteerNumberState"_s)));
        // Back at the desk, the card may register (U1's pages take it from there).
        Navigator::instance()->back();
        QTRY_VERIFY(shows(kiosk, u"registerVolunteer"_s));
        tap(kiosk, u"registerVolunteer"_s);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"volunteer-register"_s);
    }

    void aRegistrationWaitingForApprovalIsToldSo()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        // The reader's third card registered here earlier; no coordinator has decided yet.
        const idcard::IdCard card = idcard::DemoIdentities::all().at(2);
        store::VolunteerRegistrationDraft draft;
        draft.idNumber = card.idNumber;
        draft.name = card.name;
        draft.skills = {u"driving"_s};
        draft.availability.set(1, u"morning"_s, true);
        draft.phone = u"13812345678"_s;
        draft.consentVersion = u"2026-12"_s;
        draft.consentAgreedAt = QDateTime::currentDateTimeUtc();
        const auto registered = st()->registrations().registerVolunteer(draft);
        QVERIFY(registered.ok() || registered.error().kind == store::StoreError::Kind::AlreadyDone);
        tap(kiosk, u"tile_checkin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), u"ready"_s, 10'000);
        QVERIFY(CardReader::instance()->presentDemoCard(2));
        QTRY_COMPARE_WITH_TIMEOUT(desk()->state(), u"pending"_s, 10'000);
        QTRY_VERIFY(text(kiosk, u"deskStateText"_s).contains(u"waiting for a coordinator's approval"));
        QVERIFY(!shows(kiosk, u"registerVolunteer"_s));
        QTRY_VERIFY(said().contains(text(kiosk, u"deskStateText"_s)));
    }
};

QTEST_MAIN(TestCheckInFlow)
#include "tst_checkinflow.moc"
