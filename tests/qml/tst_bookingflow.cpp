// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "storefilereads.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/bookingflow.h"
#include "kiosk/cardreader.h"
#include "kiosk/mybookings.h"
#include "kiosk/navigator.h"
#include "kiosk/placehold.h"
#include "kiosk/queuefixture.h"
#include "kiosk/servicecategorypictogram.h"
#include "kiosk/servicedirectory.h"
#include "kiosk/session.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/store/demodata.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QFontDatabase>
#include <QScopeGuard>
#include <QFontMetrics>
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

namespace {
/// A bookable demo service with times on every weekday (its first time of each day is full).
const QString kService = u"rehab-training"_s;
} // namespace

/// @brief Booking a time at a station service in the real window, by touch and by keys alone,
/// from home to the booking code; full times and days, the server refusing, a booking made
/// offline, My bookings and cancelling, and two visitors in a row, against the demo store in a
/// temporary folder (no central server: PlaceHold answers "unreachable"). Each check reads the
/// store file through a connection of its own.
class TestBookingFlow : public QObject
{
    Q_OBJECT

    static BookingFlow *booking() { return Visit::instance()->booking(); }

    /// The first entry of `list` (days or times) that can be chosen: its `key`.
    static QString firstFree(const QVariantList &list, const QString &key, int skip = 0)
    {
        for (const QVariant &entry : list) {
            const QVariantMap map = entry.toMap();
            if (map.value(u"full"_s).toBool() || map.value(u"closed"_s).toBool() || map.value(u"over"_s).toBool())
                continue;
            if (skip-- > 0)
                continue;
            return map.value(key).toString();
        }
        return {};
    }

    static void identifyByTyping(MainWindowFixture &kiosk, const QString &idNumber)
    {
        tap(kiosk, u"typeNumberButton"_s);
        QCOMPARE(kiosk.pageTitle(), u"Type your ID number"_s);
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        tap(kiosk, u"key_confirm"_s);
    }

    /// Home → Station services → Rehabilitation → the service's page, by touch.
    static void openServiceByTouch(MainWindowFixture &kiosk)
    {
        tap(kiosk, u"tile_services"_s);
        QCOMPARE(kiosk.pageTitle(), u"Station services"_s);
        tap(kiosk, u"category_rehabilitation"_s);
        QCOMPARE(kiosk.pageTitle(), u"Rehabilitation and aids"_s);
        tap(kiosk, u"service_"_s + kService);
        QCOMPARE(kiosk.pageTitle(), u"Rehabilitation exercises"_s);
    }

    /// From the service's page, identified, to the review with a free day and time and no phone.
    static void chooseDayAndTime(MainWindowFixture &kiosk, int skipTimes = 0)
    {
        tap(kiosk, u"bookTime"_s);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);
        const QString day = firstFree(booking()->days(), u"iso"_s, 1);
        QVERIFY(!day.isEmpty());
        tap(kiosk, u"day_"_s + day);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        const QString slot = firstFree(booking()->times(), u"slotId"_s, skipTimes);
        QVERIFY(!slot.isEmpty());
        tap(kiosk, u"time_"_s + slot);
        QCOMPARE(kiosk.pageTitle(), u"A phone number for the station"_s);
        tap(kiosk, u"skipPhone"_s);
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
    }

    static QString idOfCode(const QString &code)
    {
        return value(u"SELECT id FROM appointments WHERE code = '%1'"_s.arg(code)).toString();
    }

private slots:
    void initTestCase()
    {
        // The demo times begin today; late in the day today's are over and fewer days have a
        // free time than the tests below take, so the station's clock reads early morning.
        const MainWindowFixture opensTheStore;
        QueueFixture::setStationClock(QDateTime(QDate::currentDate(), QTime(7, 0)));
    }

    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
    }

    void cleanup()
    {
        CardReader::instance()->removeDemoCard();
        Session::instance()->end();
    }

    void theServicesAreKindsThenRowsThenAPage()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_services"_s);
        QCOMPARE(kiosk.pageTitle(), u"Station services"_s);
        // Each kind says how many services it has; six on the first screen, the rest behind More.
        const QVariantList categories = Visit::instance()->services()->categories();
        QVERIFY(categories.size() > 6);
        QCOMPARE(categories.constFirst().toMap().value(u"key"_s).toString(), u"rehabilitation"_s);
        QCOMPARE(categories.constFirst().toMap().value(u"count"_s).toInt(), 2);
        QVERIFY(kiosk.find(u"category_rehabilitation"_s));
        QVERIFY(!kiosk.find(u"category_certificates"_s));
        tap(kiosk, u"moreCategories"_s);
        QVERIFY(kiosk.find(u"category_certificates"_s));
        tap(kiosk, u"moreCategories"_s);
        tap(kiosk, u"category_rehabilitation"_s);

        QCOMPARE(kiosk.pageTitle(), u"Rehabilitation and aids"_s);
        QVERIFY(kiosk.find(u"service_assistive-devices"_s));
        tap(kiosk, u"service_"_s + kService);
        // Plain words, the official term second, and the parts of the page in words and speech.
        QCOMPARE(kiosk.pageTitle(), u"Rehabilitation exercises"_s);
        const QString shown = kiosk.visibleTexts().join(u'|');
        for (const char *part : {"What it is", "Who can use it", "What to bring", "Opening hours", "Where"})
            QVERIFY2(shown.contains(QString::fromLatin1(part)), part);
        QVERIFY2(text(kiosk, u"officialName"_s).startsWith(u"Official name: "), qPrintable(text(kiosk, u"officialName"_s)));
        QTRY_VERIFY(said().join(u'|').contains(u"What to bring: Your disability certificate"));
        QVERIFY(kiosk.find(u"bookTime"_s)->isVisible());

        // In Mandarin the same page is in Mandarin.
        VisitorSettings::instance()->setLanguage(u"zh"_s);
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), u"康复训练指导"_s);
    }

    void bookingNeedsAnIdentityAndSaysWhy()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        QVERIFY(kiosk.find(u"readerStatus"_s));
        QVERIFY2(kiosk.visibleTexts().join(u'|').contains(u"So the booking is yours"), qPrintable(kiosk.visibleTexts().join(u'|')));
        identifyByTyping(kiosk, store::DemoData::people().constFirst().idNumber);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);
        QCOMPARE(text(kiosk, u"bookingService"_s), u"Rehabilitation exercises"_s);
    }

    void aVisitorBooksByTouchAndGetsAProvisionalCodeOffline()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(2).idNumber);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);

        // Every day is there, each with its state: places left, closed (the demo's holiday and
        // the weekend), never hidden.
        const QVariantList days = booking()->days();
        QVERIFY(days.size() >= 7);
        const QString shown = kiosk.visibleTexts().join(u'|');
        QVERIFY2(shown.contains(u"Closed"), qPrintable(shown));
        QVERIFY2(shown.contains(u" left"), qPrintable(shown));
        const QString day = firstFree(days, u"iso"_s, 1);
        tap(kiosk, u"day_"_s + day);

        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        const QString slot = firstFree(booking()->times(), u"slotId"_s);
        QVERIFY(!slot.isEmpty());
        tap(kiosk, u"time_"_s + slot);

        QCOMPARE(kiosk.pageTitle(), u"A phone number for the station"_s);
        tap(kiosk, u"key_1"_s);
        for (const QChar c : u"3912345678"_s)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QCOMPARE(text(kiosk, u"typedPhone"_s), u"139 1234 5678"_s);
        tap(kiosk, u"key_confirm"_s);

        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        QCOMPARE(text(kiosk, u"reviewServiceValue"_s), u"Rehabilitation exercises"_s);
        QCOMPARE(text(kiosk, u"reviewDayValue"_s), booking()->dayText());
        QVERIFY(text(kiosk, u"reviewTimeValue"_s).startsWith(slot.right(4).left(2) + u':' + slot.right(2)));
        QCOMPARE(text(kiosk, u"reviewPhoneValue"_s), u"139 1234 5678"_s);
        const int before = count(u"SELECT COUNT(*) FROM appointments"_s);
        const int taken = count(u"SELECT taken FROM slots WHERE id = '%1'"_s.arg(slot));
        QVERIFY(before >= 0 && taken >= 0);

        tap(kiosk, u"bookButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        QCOMPARE(code.size(), 5);
        // No server: provisional, said plainly on screen and aloud, with the code and the time.
        QVERIFY(kiosk.find(u"provisionalNotice"_s)->isVisible());
        const QString notice = u"Provisional: the kiosk is offline. Staff will confirm it."_s;
        QVERIFY(kiosk.visibleTexts().contains(notice));
        QTRY_VERIFY(said().contains(notice));
        QVERIFY(said().join(u'|').contains(code.split(QString(), Qt::SkipEmptyParts).join(u' ')));
        // The time in words as a voice says it ("10 o'clock"); the screen keeps "10:00".
        QVERIFY(said().join(u'|').contains(booking()->bookedSpokenTime()));
        QCOMPARE(text(kiosk, u"bookedTime"_s), booking()->bookedTime());
        QVERIFY(text(kiosk, u"bookedBring"_s).contains(u"disability certificate"));
        QVERIFY(!kiosk.find(u"backButton"_s)->isEnabled());

        // The appointment and its outbox entry, as the server will get them.
        QCOMPARE(count(u"SELECT COUNT(*) FROM appointments"_s), before + 1);
        const QString id = idOfCode(code);
        QVERIFY(!id.isEmpty());
        QCOMPARE(value(u"SELECT state FROM appointments WHERE id = '%1'"_s.arg(id)).toString(), u"provisional"_s);
        QCOMPARE(count(u"SELECT taken FROM slots WHERE id = '%1'"_s.arg(slot)), taken + 1);
        const QJsonObject payload = payloadOf(id, u"booking"_s);
        QCOMPARE(payload.value(u"slotId"_s).toString(), slot);
        QCOMPARE(payload.value(u"serviceId"_s).toString(), kService);
        QCOMPARE(payload.value(u"code"_s).toString(), code);
        QCOMPARE(payload.value(u"phone"_s).toString(), u"13912345678"_s);
        QVERIFY(!payload.value(u"visitorKey"_s).toString().isEmpty());
        QVERIFY(!QString::fromUtf8(QJsonDocument(payload).toJson()).contains(store::DemoData::people().at(2).idNumber));

        // My bookings shows it as provisional.
        tap(kiosk, u"openMyBookings"_s);
        QCOMPARE(kiosk.pageTitle(), u"My bookings"_s);
        QTRY_COMPARE(text(kiosk, u"state_"_s + code), u"Provisional: staff will confirm it"_s);

        tap(kiosk, u"homeButton"_s);
        // From home too, once identified.
        tap(kiosk, u"homeMyBookings"_s);
        QCOMPARE(kiosk.pageTitle(), u"My bookings"_s);
    }

    void aVisitorBooksWithKeysAlone()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        QVERIFY(pressWithKeys(kiosk, u"tile_services"_s));
        QCOMPARE(kiosk.pageTitle(), u"Station services"_s);
        QVERIFY(pressWithKeys(kiosk, u"category_rehabilitation"_s));
        QVERIFY(pressWithKeys(kiosk, u"service_"_s + kService));
        QVERIFY(pressWithKeys(kiosk, u"bookTime"_s));
        QVERIFY(pressWithKeys(kiosk, u"typeNumberButton"_s));
        for (const QChar c : store::DemoData::people().at(3).idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);

        const QString day = firstFree(booking()->days(), u"iso"_s, 2);
        QVERIFY(pressWithKeys(kiosk, u"day_"_s + day));
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        QCOMPARE(booking()->day(), day);
        const QString slot = firstFree(booking()->times(), u"slotId"_s);
        // The day's first time is full: the keys start on the first one that can be taken.
        settle(kiosk.window());
        QCOMPARE(kiosk.window()->activeFocusItem()->objectName(), u"time_"_s + slot);
        QVERIFY(pressWithKeys(kiosk, u"time_"_s + slot));

        QCOMPARE(kiosk.pageTitle(), u"A phone number for the station"_s);
        // Return with a number only half typed neither goes on nor types anything.
        for (const QChar c : u"1381234"_s)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), u"A phone number for the station"_s);
        QVERIFY(booking()->phone().startsWith(u"1381234"));
        QVERIFY(pressWithKeys(kiosk, u"skipPhone"_s));

        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        QCOMPARE(text(kiosk, u"reviewPhoneValue"_s), u"No phone"_s);
        // Change the time from the review: its choice comes back to the review.
        QVERIFY(pressWithKeys(kiosk, u"reviewTimeChange"_s));
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        const QString later = firstFree(booking()->times(), u"slotId"_s, 1);
        QVERIFY(!later.isEmpty());
        QVERIFY(pressWithKeys(kiosk, u"time_"_s + later));
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        QCOMPARE(booking()->slotId(), later);

        QVERIFY(pressWithKeys(kiosk, u"bookButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        // The time is said in words ("10 o'clock"), not as the screen's digits.
        const QString sentence = said().join(u'|');
        QVERIFY2(!booking()->bookedSpokenTime().isEmpty() && sentence.contains(booking()->bookedSpokenTime()), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"at "_s + booking()->bookedTime()), qPrintable(sentence));
        const QString id = idOfCode(code);
        QVERIFY(!id.isEmpty());
        QCOMPARE(payloadOf(id, u"booking"_s).value(u"slotId"_s).toString(), later);
        QCOMPARE(payloadOf(id, u"booking"_s).value(u"phone"_s).toString(), QString());
        QVERIFY(pressWithKeys(kiosk, u"openMyBookings"_s));
        QCOMPARE(kiosk.pageTitle(), u"My bookings"_s);
        QTRY_VERIFY(kiosk.find(u"booking_"_s + code));
        // The keys start on a booking, never on its Cancel.
        QTRY_VERIFY(kiosk.window()->activeFocusItem()->objectName().startsWith(u"bookingCard_"));
    }

    void fullTimesAndDaysAreShownButCannotBeChosen()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(4).idNumber);
        // A day whose every time is taken: FULL, on screen, and not choosable.
        const QString fullDay = firstFree(booking()->days(), u"iso"_s, 2);
        QVERIFY(exec(u"UPDATE slots SET taken = capacity WHERE service_id = '%1' AND starts_at LIKE '%2%'"_s.arg(kService, fullDay)));
        booking()->reloadSlots();
        settle(kiosk.window());
        QQuickItem *dayTile = kiosk.find(u"day_"_s + fullDay);
        QVERIFY(dayTile && dayTile->isVisible());
        QCOMPARE(dayTile->property("note").toString(), u"FULL"_s);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"day_"_s + fullDay);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);
        QTRY_VERIFY(said().contains(u"This day is fully booked. Please choose another day."_s));
        QCOMPARE(text(kiosk, u"bookingError"_s), u"This day is fully booked. Please choose another day."_s);

        // On a day with places, the full time (the demo's first of each day) stays in the list.
        const QString day = firstFree(booking()->days(), u"iso"_s, 1);
        tap(kiosk, u"day_"_s + day);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        QString fullSlot;
        for (const QVariant &time : booking()->times())
            if (time.toMap().value(u"full"_s).toBool())
                fullSlot = time.toMap().value(u"slotId"_s).toString();
        QVERIFY(!fullSlot.isEmpty());
        QCOMPARE(kiosk.find(u"time_"_s + fullSlot)->property("note").toString(), u"FULL"_s);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"time_"_s + fullSlot);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        QVERIFY(booking()->slotId().isEmpty());
        QTRY_VERIFY(said().contains(u"This time is fully booked. Please choose another time."_s));
        QVERIFY(!booking()->chooseTime(fullSlot));
    }

    void theServerSayingFullStoresNothingAndTheTimesAreReadAgain()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(5).idNumber);
        // (From the day's page: the service's page was passed through identify.)
        const QString day = firstFree(booking()->days(), u"iso"_s, 1);
        tap(kiosk, u"day_"_s + day);
        const QString slot = firstFree(booking()->times(), u"slotId"_s);
        tap(kiosk, u"time_"_s + slot);
        tap(kiosk, u"skipPhone"_s);
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        const int appointments = count(u"SELECT COUNT(*) FROM appointments"_s);
        const int outbox = count(u"SELECT COUNT(*) FROM outbox WHERE kind = 'booking'"_s);

        // The server answers that another kiosk took the last place (as PlaceHold reports a
        // 409): meanwhile the change feed has brought the full count.
        Announcer::instance()->clearUtterances();
        QVERIFY(booking()->submit());
        const QString asked = booking()->holdingId();
        QVERIFY(!asked.isEmpty());
        QVERIFY(exec(u"UPDATE slots SET taken = capacity WHERE id = '%1'"_s.arg(slot)));
        emit PlaceHold::instance()->answered(asked, PlaceHold::Answer::Full, u"full"_s);
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        const QString sentence = u"Someone has just taken the last place at this time. Please choose another time."_s;
        QCOMPARE(text(kiosk, u"bookingError"_s), sentence);
        QTRY_VERIFY(said().contains(sentence));
        QVERIFY(booking()->code().isEmpty());
        // The kiosk's own "unreachable" answer for the same booking, still queued, changes nothing.
        QTest::qWait(200);
        QCOMPARE(count(u"SELECT COUNT(*) FROM appointments"_s), appointments);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE kind = 'booking'"_s), outbox);
        QVERIFY(!kiosk.find(u"confirmationCode"_s));

        // The way on is another time; the list was read again and shows that time full.
        QVERIFY(kiosk.find(u"chooseAnotherTime"_s)->isVisible());
        tap(kiosk, u"chooseAnotherTime"_s);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        QCOMPARE(kiosk.find(u"time_"_s + slot)->property("note").toString(), u"FULL"_s);
    }

    void aTimeGoneWhileReviewingIsSaidAndNothingIsStored()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(11).idNumber);
        const QString day = firstFree(booking()->days(), u"iso"_s, 2);
        tap(kiosk, u"day_"_s + day);
        const QString slot = firstFree(booking()->times(), u"slotId"_s);
        tap(kiosk, u"time_"_s + slot);
        tap(kiosk, u"skipPhone"_s);
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        const int appointments = count(u"SELECT COUNT(*) FROM appointments"_s);
        // Staff removed the time meanwhile (the change feed deleted the slot).
        QVERIFY(exec(u"DELETE FROM slots WHERE id = '%1'"_s.arg(slot)));
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"bookButton"_s);
        const QString sentence = u"This time is no longer offered. Please choose another."_s;
        QTRY_COMPARE(text(kiosk, u"bookingError"_s), sentence);
        QTRY_VERIFY(said().contains(sentence));
        QCOMPARE(count(u"SELECT COUNT(*) FROM appointments"_s), appointments);
        // The times were read again: the gone one is no longer offered.
        tap(kiosk, u"chooseAnotherTime"_s);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        QVERIFY(!kiosk.find(u"time_"_s + slot));
        QVERIFY(booking()->slotId().isEmpty());
    }

    void myBookingsCancelsAfterAConfirmStep()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(6).idNumber);
        const QString day = firstFree(booking()->days(), u"iso"_s, 1);
        tap(kiosk, u"day_"_s + day);
        const QString slot = firstFree(booking()->times(), u"slotId"_s);
        tap(kiosk, u"time_"_s + slot);
        tap(kiosk, u"skipPhone"_s);
        tap(kiosk, u"bookButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        const QString id = idOfCode(code);
        const int taken = count(u"SELECT taken FROM slots WHERE id = '%1'"_s.arg(slot));
        const QString queued = u"SELECT COUNT(*) FROM outbox WHERE kind = 'booking_cancellation'"_s;
        const int before = count(queued);

        tap(kiosk, u"openMyBookings"_s);
        tap(kiosk, u"cancel_"_s + code);
        QVERIFY(text(kiosk, u"cancelQuestion"_s).contains(code));
        // "No, keep it" keeps it.
        tap(kiosk, u"keepBooking"_s);
        QCOMPARE(count(queued), before);
        QTRY_VERIFY(said().contains(u"The booking is kept."_s));
        tap(kiosk, u"cancel_"_s + code);
        tap(kiosk, u"confirmCancelBooking"_s);
        QTRY_COMPARE_WITH_TIMEOUT(count(queued), before + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(text(kiosk, u"state_"_s + code), u"Cancelled"_s, 5000);
        QVERIFY(!kiosk.find(u"cancel_"_s + code)->isVisible());
        QCOMPARE(count(u"SELECT taken FROM slots WHERE id = '%1'"_s.arg(slot)), taken - 1);
        const QString cancelId = value(u"SELECT cancel_id FROM appointments WHERE id = '%1'"_s.arg(id)).toString();
        QCOMPARE(payloadOf(cancelId, u"booking_cancellation"_s).value(u"bookingId"_s).toString(), id);
        QTRY_VERIFY(said().join(u'|').contains(u"Your booking is cancelled."));

        // Twice is refused by the store in words, and nothing more is queued.
        QVERIFY(Visit::instance()->myBookings()->cancel(id));
        QTRY_VERIFY_WITH_TIMEOUT(!Visit::instance()->myBookings()->errorText().isEmpty(), 5000);
        QCOMPARE(count(queued), before + 1);
    }

    void aBookingTheServerRefusedSaysCallStaff()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString idNumber = store::DemoData::people().at(9).idNumber;
        // Booked offline, then refused by the server once it arrived (the booking_status row the
        // change feed brings marks it so).
        store::Store *st = StationStore::instance()->store();
        QVERIFY(st);
        const QDate today = st->now().date();
        const auto offered = st->services().bookableSlots(kService, today.addDays(1), today.addDays(10));
        QVERIFY(offered.ok());
        QString slotId;
        for (const store::BookableSlot &slot : offered.value())
            if (!slot.closed && slot.freePlaces() > 0 && slotId.isEmpty())
                slotId = slot.id;
        auto draft = st->services().prepareBooking(slotId, idNumber, {});
        QVERIFY(draft.ok());
        const auto stored = st->services().book(draft.value());
        QVERIFY(stored.ok());
        QVERIFY(exec(u"UPDATE appointments SET state = 'refused', refused_reason = 'The time was full.' WHERE id = '%1'"_s
                         .arg(stored.value().id)));

        tap(kiosk, u"tile_services"_s);
        tap(kiosk, u"openMyBookings"_s);
        identifyByTyping(kiosk, idNumber);
        QCOMPARE(kiosk.pageTitle(), u"My bookings"_s);
        const QString code = stored.value().code;
        QTRY_COMPARE(text(kiosk, u"state_"_s + code), u"Not confirmed: please call staff"_s);
        QVERIFY(kiosk.visibleTexts().contains(u"The time was full."_s));
    }

    void twoVisitorsInARowSeeNothingOfEachOther()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(7).idNumber);
        const QString day = firstFree(booking()->days(), u"iso"_s, 1);
        tap(kiosk, u"day_"_s + day);
        tap(kiosk, u"time_"_s + firstFree(booking()->times(), u"slotId"_s));
        tap(kiosk, u"key_1"_s);
        for (const QChar c : u"3712345678"_s)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        tap(kiosk, u"key_confirm"_s);
        tap(kiosk, u"bookButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        tap(kiosk, u"openMyBookings"_s);
        QTRY_VERIFY(kiosk.find(u"booking_"_s + code));

        // I'm finished: everything of the first visitor's booking is gone.
        tap(kiosk, u"finishButton"_s);
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(booking()->code().isEmpty());
        QVERIFY(booking()->phone().isEmpty());
        QVERIFY(booking()->serviceId().isEmpty());
        QVERIFY(booking()->days().isEmpty());
        QVERIFY(Visit::instance()->myBookings()->items().isEmpty());
        QVERIFY(Visit::instance()->services()->serviceId().isEmpty());

        // The next visitor starts at the services' tiles and sees none of those bookings.
        Session::instance()->begin();
        Navigator::instance()->home();
        VisitorSettings::instance()->setLanguage(u"en"_s); // the first visitor's choice went with them
        settle(kiosk.window());
        tap(kiosk, u"tile_services"_s);
        tap(kiosk, u"openMyBookings"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(8).idNumber);
        QCOMPARE(kiosk.pageTitle(), u"My bookings"_s);
        QTRY_COMPARE(text(kiosk, u"noBookings"_s), u"You have no bookings from today on."_s);
        QVERIFY(!kiosk.find(u"booking_"_s + code));
        QVERIFY(!kiosk.visibleTexts().join(u'|').contains(code));

        // A different card in the middle of the visit: the first holder's list goes too.
        booking()->start(kService);
        QVERIFY(!booking()->days().isEmpty());
        VisitorIdentity::instance()->setTyped(store::DemoData::people().at(7).idNumber);
        QVERIFY(booking()->serviceId().isEmpty());
        QVERIFY(Visit::instance()->myBookings()->items().isEmpty());
    }

    void todayAfterItsLastTimeSaysSoAndOffersNoTime()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        store::Store *st = StationStore::instance()->store();
        QVERIFY(st);
        // The kiosk's clock (the GUI's reads) late in the afternoon: every time of today has begun.
        const QDate today = QDate::currentDate();
        st->setClock([today] { return QDateTime(today, QTime(17, 30)); });
        const auto restore = qScopeGuard([st] { st->setClock([] { return QDateTime::currentDateTime(); }); });
        openServiceByTouch(kiosk);
        tap(kiosk, u"bookTime"_s);
        identifyByTyping(kiosk, store::DemoData::people().at(10).idNumber);
        const QVariantMap first = booking()->days().constFirst().toMap();
        QCOMPARE(first.value(u"relative"_s).toString(), u"today"_s);
        // Today is there, never hidden: closed at the weekend and on the holiday, else "no more times".
        QVERIFY(first.value(u"over"_s).toBool() || first.value(u"closed"_s).toBool());
        QQuickItem *tile = kiosk.find(u"day_"_s + first.value(u"iso"_s).toString());
        QVERIFY(tile && tile->isVisible());
        if (!first.value(u"over"_s).toBool())
            return;
        QCOMPARE(tile->property("note").toString(), u"No more times today"_s);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"day_"_s + first.value(u"iso"_s).toString());
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);
        QTRY_VERIFY(said().contains(u"There are no more times today. Please choose another day."_s));
    }

    void aWalkInServiceOffersANumberOnlyWhileOpen()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_services"_s);
        tap(kiosk, u"category_rehabilitation"_s);
        tap(kiosk, u"service_assistive-devices"_s);
        const QVariantMap service = Visit::instance()->services()->service();
        QVERIFY(service.value(u"walkIn"_s).toBool());
        // As read: the directory keeps "Window 3" together on screen with a no-break space.
        QCOMPARE(LineBreaking::withoutJoiners(service.value(u"place"_s).toString()), u"Window 3"_s);
        settle(kiosk.window());
        if (!service.value(u"openNow"_s).toBool()) {
            // Outside its hours (the demo's weekday pattern): said, and no button to take one.
            QVERIFY(kiosk.find(u"walkInClosed"_s)->isVisible());
            QVERIFY(!kiosk.find(u"takeNumber"_s)->isVisible());
            return;
        }
        QVERIFY(!kiosk.find(u"walkInClosed"_s)->isVisible());
        tap(kiosk, u"takeNumber"_s);
        QCOMPARE(kiosk.pageTitle(), u"Your queue number"_s);
        // No identity is needed for a number.
        QVERIFY(!VisitorIdentity::instance()->present());
    }

    void everyPictogramOfTheFlowIsAGlyph()
    {
        if (!QFontDatabase::families().contains(u"Material Icons"_s))
            QFAIL("the Material Icons font (fonts-material-design-icons-iconfont) is not installed");
        QFont font(u"Material Icons"_s);
        font.setPixelSize(100);
        const QFontMetrics metrics(font);
        // Named in C++ or chosen in QML expressions, where the pictogram test's scan cannot see them.
        QStringList names = ServiceCategoryPictogram::all();
        names << u"event_available"_s << u"event_busy"_s << u"block"_s << u"schedule"_s << u"check_circle"_s
              << u"hourglass_top"_s << u"error_outline"_s << u"cancel"_s << u"info"_s << u"groups"_s
              << u"work_outline"_s << u"place"_s << u"check"_s << u"confirmation_number"_s;
        for (const QString &name : std::as_const(names))
            QVERIFY2(metrics.horizontalAdvance(name) <= 110, qPrintable(u'"' + name + u"\" is not a pictogram"_s));
    }
};

QTEST_MAIN(TestBookingFlow)
#include "tst_bookingflow.moc"
