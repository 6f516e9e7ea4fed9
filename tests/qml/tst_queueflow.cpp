// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "windowactions.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/queuecaller.h"
#include "kiosk/queuecallwords.h"
#include "kiosk/queuedisplay.h"
#include "kiosk/queuefixture.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationqueue.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "core/servicecategory.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqml.h>

/// @brief Queue numbers in the real window, against the test's store file: a visitor takes a
/// number by touch and by keys alone (the number, the service, how many wait before it), staff
/// call the next one (the display shows it, the public speaker says it in Mandarin then
/// English, and nothing else), nobody waiting, and numbers that start again each day and
/// for each service.
class TestQueueFlow : public QObject
{
    Q_OBJECT

    static void settle(QQuickWindow *window) { QVERIFY(windowactions::settle(window)); }

    static void tap(QQuickWindow *window, QQuickItem *item)
    {
        settle(window);
        QVERIFY2(item, "nothing to touch");
        QVERIFY2(item->isVisible(), qPrintable(item->objectName() + QStringLiteral(" is not visible")));
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    static QString text(const MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = kiosk.find(name);
        // As read: without the joiners that keep words and numbers whole across lines.
        return item ? LineBreaking::withoutJoiners(item->property("text").toString()) : QString();
    }

    static bool focusWithTab(MainWindowFixture &kiosk, QQuickItem *target)
    {
        if (!target)
            return false;
        for (int i = 0; i < 80; ++i) {
            for (QQuickItem *item = kiosk.window()->activeFocusItem(); item; item = item->parentItem())
                if (item == target)
                    return true;
            QTest::keyClick(kiosk.window(), Qt::Key_Tab);
        }
        return false;
    }

    static QObject *announcer(const MainWindowFixture &kiosk)
    {
        const int id = qmlTypeId("Kiosk.Accessibility", 1, 0, "Announcer");
        return id < 0 ? nullptr : kiosk.engine()->singletonInstance<QObject *>(id);
    }

    /// What was spoken since the record was last cleared: {text, language} maps.
    static QVariantList utterances(const MainWindowFixture &kiosk)
    {
        QVariantList said;
        if (QObject *voice = announcer(kiosk))
            QMetaObject::invokeMethod(voice, "utterances", Q_RETURN_ARG(QVariantList, said));
        return said;
    }

    static void clearUtterances(const MainWindowFixture &kiosk)
    {
        if (QObject *voice = announcer(kiosk))
            QMetaObject::invokeMethod(voice, "clearUtterances");
    }

    static store::Store &store()
    {
        return *StationStore::instance()->store();
    }

    /// The demo catalogue's walk-in services.
    static QList<store::ServiceOffer> walkIns()
    {
        QList<store::ServiceOffer> found;
        const auto services = store().services().catalogue();
        if (services.ok())
            for (const store::ServiceOffer &s : services.value())
                if (s.walkIn)
                    found.append(s);
        return found;
    }

    static QList<store::QueueTicket> today(const QString &serviceId)
    {
        const auto tickets = store().queue().today(serviceId);
        return tickets.ok() ? tickets.value() : QList<store::QueueTicket>{};
    }

    static int waitingIn(const QString &serviceId)
    {
        int waiting = 0;
        for (const store::QueueTicket &ticket : today(serviceId))
            waiting += ticket.isWaiting() ? 1 : 0;
        return waiting;
    }

    // The English catalogue's plural: one person, two people.
    static QString waitingSentence(int waiting)
    {
        return waiting == 1 ? QStringLiteral("1 person is waiting before you.")
                            : QStringLiteral("%1 people are waiting before you.").arg(waiting);
    }
    static QString labelOf(const store::ServiceOffer &service, int number)
    {
        return service.queuePrefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
    }

    /// The station clock at a moment `service` gives numbers (both store connections).
    static void openNow(const store::ServiceOffer &service, const QDateTime &from = QDateTime::currentDateTime())
    {
        const QDateTime moment = QueueFixture::openMoment(service, from);
        QVERIFY2(moment.isValid(), qPrintable(service.id + QStringLiteral(" is never open")));
        QueueFixture::setStationClock(moment);
    }

    /// Home -> Station services -> the service's category -> the service, by touch.
    static void openServiceByTouch(MainWindowFixture &kiosk, const store::ServiceOffer &service)
    {
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_services")));
        const QString category = QStringLiteral("category_") + core::ServiceCategories::key(service.category);
        for (int page = 0; page < 4 && !kiosk.find(category); ++page)
            tap(kiosk.window(), kiosk.find(QStringLiteral("moreCategories")));
        tap(kiosk.window(), kiosk.find(category));
        settle(kiosk.window());
        tap(kiosk.window(), kiosk.find(QStringLiteral("service_") + service.id));
        settle(kiosk.window());
    }

    /// The same path with keys alone: Tab to each control, Return.
    static void openServiceByKeys(MainWindowFixture &kiosk, const store::ServiceOffer &service)
    {
        settle(kiosk.window());
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("tile_services"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        const QString category = QStringLiteral("category_") + core::ServiceCategories::key(service.category);
        for (int page = 0; page < 4 && !kiosk.find(category); ++page) {
            QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("moreCategories"))));
            QTest::keyClick(kiosk.window(), Qt::Key_Return);
            settle(kiosk.window());
        }
        QVERIFY(focusWithTab(kiosk, kiosk.find(category)));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("service_") + service.id)));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
    }

    /// Unlocks staff mode from wherever the window is (Ctrl+Alt+S and the PIN on the keys).
    static void enterStaffMode(MainWindowFixture &kiosk)
    {
        QTest::keyClick(kiosk.window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        settle(kiosk.window());
        for (const QChar digit : QStringLiteral("2468"))
            QTest::keyClick(kiosk.window(), digit.toLatin1());
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("key_confirm"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_VERIFY(StaffMode::instance()->active());
        settle(kiosk.window());
    }

private slots:
    void initTestCase()
    {
        MainWindowFixture kiosk;
        if (!StationStore::instance()->available())
            QFAIL("the test store did not open");
        QVERIFY2(walkIns().size() >= 2, "the demo catalogue needs two walk-in services");
    }

    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        Session::instance()->end();
    }

    void aVisitorTakesANumberByTouchThenAnotherByKeys()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const store::ServiceOffer service = walkIns().constFirst();
        openNow(service);
        const int before = int(today(service.id).size());
        const int waitingBefore = waitingIn(service.id);

        openServiceByTouch(kiosk, service);
        clearUtterances(kiosk);
        tap(kiosk.window(), kiosk.find(QStringLiteral("takeNumber")));
        QTRY_COMPARE(StationQueue::instance()->outcome(), QStringLiteral("taken"));
        settle(kiosk.window());
        const QString first = labelOf(service, before + 1);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Your queue number"));
        QCOMPARE(text(kiosk, QStringLiteral("queueLabel")), first);
        QCOMPARE(text(kiosk, QStringLiteral("queueService")), service.name.in(u"en"));
        const QString waitingWords = waitingBefore == 0 ? QStringLiteral("Nobody is waiting before you. You are next.")
                                                        : waitingSentence(waitingBefore);
        QCOMPARE(text(kiosk, QStringLiteral("queueWaiting")), waitingWords);
        // The place's number is kept on its word's line (a no-break space).
        QVERIFY2(text(kiosk, QStringLiteral("queueWhere")).replace(QChar(0x00A0), u' ').contains(service.place.in(u"en")),
                 qPrintable(text(kiosk, QStringLiteral("queueWhere"))));
        // On disk, in the real file, before the screen showed it.
        QCOMPARE(today(service.id).size(), before + 1);
        QCOMPARE(today(service.id).constLast().label, first);
        // Spoken letter by letter, digit by digit, with the count and where to wait.
        QStringList spoken;
        for (const QVariant &u : utterances(kiosk))
            spoken << u.toMap().value(QStringLiteral("text")).toString();
        const QString spelled = QueueCallWords::spokenLabel(first, u"en");
        QCOMPARE(spelled, first.left(1) + QStringLiteral(", ") + first.mid(1).split(QString(), Qt::SkipEmptyParts).join(u' '));
        QVERIFY2(spoken.join(u'|').contains(QStringLiteral("Your number is %1, for %2. %3").arg(spelled, service.name.in(u"en"), waitingWords)),
                 qPrintable(spoken.join(u'|')));

        // Done ends the visit: the next person never sees the number.
        tap(kiosk.window(), kiosk.find(QStringLiteral("doneButton")));
        QTRY_COMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(StationQueue::instance()->label().isEmpty());

        // The second visitor, with keys alone, is one place further back.
        QTest::keyClick(kiosk.window(), Qt::Key_Space);
        QTRY_COMPARE(Session::instance()->state(), Session::State::Active);
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        openServiceByKeys(kiosk, service);
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("takeNumber"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_COMPARE(StationQueue::instance()->outcome(), QStringLiteral("taken"));
        settle(kiosk.window());
        QCOMPARE(text(kiosk, QStringLiteral("queueLabel")), labelOf(service, before + 2));
        QCOMPARE(text(kiosk, QStringLiteral("queueWaiting")), waitingSentence(waitingBefore + 1));
        QCOMPARE(StationQueue::instance()->waitingBefore(), waitingBefore + 1);
    }

    void staffCallTheNextNumberAndTheSpeakerSaysIt()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const store::ServiceOffer service = walkIns().constFirst();
        openNow(service);
        // Someone is waiting: a number taken the kiosk's way.
        QVERIFY(StationQueue::instance()->take(service.id));
        QTRY_COMPARE(StationQueue::instance()->outcome(), QStringLiteral("taken"));
        QString oldest;
        for (const store::QueueTicket &ticket : today(service.id))
            if (ticket.isWaiting() && oldest.isEmpty())
                oldest = ticket.label;
        QVERIFY(!oldest.isEmpty());

        enterStaffMode(kiosk);
        tap(kiosk.window(), kiosk.find(QStringLiteral("openStaffQueue")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Today's queue"));
        QVERIFY2(text(kiosk, QStringLiteral("waitingLine_") + service.id).contains(oldest),
                 qPrintable(text(kiosk, QStringLiteral("waitingLine_") + service.id)));
        // Window 2, then call.
        while (QueueCaller::instance()->window() > 1)
            tap(kiosk.window(), kiosk.find(QStringLiteral("windowDown")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("windowUp")));
        QCOMPARE(text(kiosk, QStringLiteral("windowNumber")), QStringLiteral("2"));
        clearUtterances(kiosk);
        tap(kiosk.window(), kiosk.find(QStringLiteral("callNext_") + service.id));
        QTRY_COMPARE(QueueCaller::instance()->messageKind(), QStringLiteral("called"));
        QCOMPARE(text(kiosk, QStringLiteral("callMessage")), QStringLiteral("%1 called to window 2.").arg(oldest));
        // The store has it called to window 2.
        bool called = false;
        for (const store::QueueTicket &ticket : today(service.id))
            if (ticket.label == oldest)
                called = !ticket.isWaiting() && ticket.window == 2;
        QVERIFY(called);

        // The public speaker, even though staff screens are silent: Mandarin, then English, and
        // nothing else at all (no staff words, nothing of a visitor).
        const QVariantList said = utterances(kiosk);
        QCOMPARE(said.size(), 2);
        const QString spelledZh = oldest.split(QString(), Qt::SkipEmptyParts).join(u' ');
        const QString spelledEn = oldest.left(1) + QStringLiteral(", ") + oldest.mid(1).split(QString(), Qt::SkipEmptyParts).join(u' ');
        QCOMPARE(said.at(0).toMap().value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
        QCOMPARE(said.at(1).toMap().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(said.at(1).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Number %1, please go to window 2.").arg(spelledEn));

        // The display shows it, very large, with its window and the call in words.
        tap(kiosk.window(), kiosk.find(QStringLiteral("openQueueDisplay")));
        settle(kiosk.window());
        QCOMPARE(text(kiosk, QStringLiteral("calledLabel")), oldest);
        QVERIFY(text(kiosk, QStringLiteral("calledWindow")).contains(QStringLiteral("Window 2")));
        // The window's number is kept on its word's line (a no-break space).
        QVERIFY2(text(kiosk, QStringLiteral("callCaption")).replace(QChar(0x00A0), u' ').contains(QStringLiteral("Number %1, please go to window 2.").arg(oldest)),
                 qPrintable(text(kiosk, QStringLiteral("callCaption"))));
        // Leaving the display locks staff mode again.
        QVERIFY(StaffMode::instance()->active());
        tap(kiosk.window(), kiosk.find(QStringLiteral("homeButton")));
        QVERIFY(!StaffMode::instance()->active());

        // The Mandarin sentence comes from the catalogue (translations/kiosk_zh_CN.ts).
        QCOMPARE(said.at(0).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("请 %1 号到 2 号窗口").arg(spelledZh));
    }

    void staffCallWithKeysAlone()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const store::ServiceOffer service = walkIns().constFirst();
        openNow(service);
        QVERIFY(StationQueue::instance()->take(service.id));
        QTRY_COMPARE(StationQueue::instance()->outcome(), QStringLiteral("taken"));
        QueueCaller::instance()->setWindow(3);

        enterStaffMode(kiosk);
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("openStaffQueue"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Today's queue"));
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("windowUp"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QCOMPARE(QueueCaller::instance()->window(), 4);
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("callNext_") + service.id)));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_COMPARE(QueueCaller::instance()->messageKind(), QStringLiteral("called"));
        QVERIFY2(text(kiosk, QStringLiteral("callMessage")).endsWith(QStringLiteral(" called to window 4.")),
                 qPrintable(text(kiosk, QStringLiteral("callMessage"))));
        QCOMPARE(QueueDisplay::instance()->window(), 4);
    }

    void callingWhenNobodyWaitsSaysSoPlainly()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const store::ServiceOffer service = walkIns().at(1);
        openNow(service);
        enterStaffMode(kiosk);
        tap(kiosk.window(), kiosk.find(QStringLiteral("openStaffQueue")));
        // Everyone waiting is called first.
        while (waitingIn(service.id) > 0) {
            QueueCaller::instance()->callNext(service.id);
            QTRY_VERIFY(!QueueCaller::instance()->calling());
        }
        clearUtterances(kiosk);
        tap(kiosk.window(), kiosk.find(QStringLiteral("callNext_") + service.id));
        QTRY_COMPARE(QueueCaller::instance()->messageKind(), QStringLiteral("nobody"));
        QCOMPARE(text(kiosk, QStringLiteral("callMessage")), QStringLiteral("Nobody is waiting for %1.").arg(service.name.in(u"en")));
        QCOMPARE(text(kiosk, QStringLiteral("waitingLine_") + service.id), QStringLiteral("Nobody is waiting."));
        // Nothing said on the speaker.
        QCOMPARE(utterances(kiosk).size(), 0);
    }

    void numbersStartAgainEachDayAndForEachService()
    {
        MainWindowFixture kiosk;
        const QList<store::ServiceOffer> services = walkIns();
        const store::ServiceOffer first = services.at(0);
        const store::ServiceOffer second = services.at(1);
        QVERIFY(first.queuePrefix != second.queuePrefix);
        // A day on which both are open, some days from now: nothing taken yet that day.
        QDateTime moment = QueueFixture::openMoment(first, QDateTime::currentDateTime().addDays(3));
        for (int tries = 0; tries < 14 && QueueFixture::openMoment(second, moment).date() != moment.date(); ++tries)
            moment = QueueFixture::openMoment(first, QDateTime(moment.date().addDays(1), QTime(0, 0)));
        QVERIFY(moment.isValid());
        const QDateTime bothOpen = std::max(moment, QueueFixture::openMoment(second, moment));
        QueueFixture::setStationClock(bothOpen);

        const auto take = [](const QString &serviceId) -> QString {
            StationQueue::instance()->take(serviceId);
            if (!QTest::qWaitFor([] { return StationQueue::instance()->outcome() != QStringLiteral("taking"); }, 5000))
                return QStringLiteral("(still taking)");
            return StationQueue::instance()->label();
        };
        QCOMPARE(take(first.id), labelOf(first, 1));
        QCOMPARE(take(first.id), labelOf(first, 2));
        // Another service has its own series.
        QCOMPARE(take(second.id), labelOf(second, 1));
        QCOMPARE(take(first.id), labelOf(first, 3));

        // The next day the first service starts again from 1.
        const QDateTime nextDay = QueueFixture::openMoment(first, QDateTime(bothOpen.date().addDays(1), QTime(0, 0)));
        QVERIFY(nextDay.isValid());
        QueueFixture::setStationClock(nextDay);
        QCOMPARE(take(first.id), labelOf(first, 1));
        QCOMPARE(StationQueue::instance()->waitingBefore(), 0);
        QueueFixture::setStationClock(QDateTime::currentDateTime());
    }
};

QTEST_MAIN(TestQueueFlow)
#include "tst_queueflow.moc"
