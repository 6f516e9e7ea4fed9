// SPDX-License-Identifier: GPL-3.0-or-later
// Booking a time in the real window with a real kiosk-server process holding the place: a time
// the server has just filled (another kiosk took it) is refused in plain words with nothing
// stored and the times read again; a free one is held and shown confirmed, not provisional.
#include "enrolledkiosk.h"
#include "mainwindowfixture.h"
#include "windowactions.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include "accessibility/linebreaking.h"
#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/bookingflow.h"
#include "kiosk/navigator.h"
#include "kiosk/placehold.h"
#include "kiosk/session.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/demodata.h"
#include "kiosk/sync/syncclient.h"
#include "kiosk/visit.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kiosksync::SyncClient;

class TestBookingHoldFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SyncClient> m_client;
    const QDate m_first = QDate::currentDate().addDays(1);

    static void settle(QQuickWindow *window) { QVERIFY(windowactions::settle(window)); }
    static void tap(MainWindowFixture &kiosk, const QString &name)
    {
        settle(kiosk.window());
        QQuickItem *item = kiosk.find(name);
        QVERIFY2(item && item->isVisible() && item->isEnabled(), qPrintable(name + u" cannot be touched on \""_s + kiosk.pageTitle() + u'"'));
        item->forceActiveFocus();
        QTest::qWait(300); // a control below the fold is scrolled into view
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, centre.toPoint());
    }
    static QString text(const MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = kiosk.find(name);
        // As read: without the joiners that keep words and numbers whole across lines.
        return item ? LineBreaking::withoutJoiners(item->property("text").toString()) : QString();
    }
    static QStringList said()
    {
        QStringList texts;
        for (const QVariant &utterance : Announcer::instance()->utterances())
            texts << utterance.toMap().value(u"text"_s).toString();
        return texts;
    }
    static int kioskCount(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::contains(u"holdcheck"_s) ? QSqlDatabase::database(u"holdcheck"_s)
                                                                  : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holdcheck"_s);
        db.setDatabaseName(MainWindowFixture::storePath());
        if (!db.isOpen())
            db.open();
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    /// Another kiosk of the station took the place: straight into the server's own table.
    bool fillOnServer(const QString &slotId)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"serverfile"_s);
        db.setDatabaseName(m_scratch->urlText().mid(QStringLiteral("sqlite:").size()));
        bool done = false;
        if (db.open()) {
            QSqlQuery q(db);
            done = q.exec(u"UPDATE slots SET taken = capacity WHERE id = '%1'"_s.arg(slotId)) && q.numRowsAffected() == 1;
        }
        db = {};
        QSqlDatabase::removeDatabase(u"serverfile"_s);
        return done;
    }
    QString admin(const QStringList &args)
    {
        QString out;
        return m_server->admin(args, &out) == 0 ? out : u"(failed)"_s;
    }
    QString slotOn(int day) const { return u"race-%1-0900"_s.arg(m_first.addDays(day).toString(u"yyyyMMdd")); }

    /// The kiosk enrolled with the server, its store keyed as the server keys its rows, and the
    /// server's services and times pulled in.
    bool enrol()
    {
        m_client = enrolledkiosk::enrol(m_server->baseUrl(), m_config->filePath(u"station.credential"_s));
        if (!m_client)
            return false;
        PlaceHold::instance()->attach(m_client.get());
        return kioskCount(u"SELECT COUNT(*) FROM slots WHERE service_id = 'race'"_s) > 0;
    }

    /// Services → certificates → the one-place service → a day → its nine o'clock → review.
    void toReview(MainWindowFixture &kiosk, int day)
    {
        tap(kiosk, u"tile_services"_s);
        tap(kiosk, u"moreCategories"_s);
        tap(kiosk, u"category_certificates"_s);
        tap(kiosk, u"service_race"_s);
        tap(kiosk, u"bookTime"_s);
        if (kiosk.find(u"typeNumberButton"_s)) {
            tap(kiosk, u"typeNumberButton"_s);
            for (const QChar c : store::DemoData::people().constFirst().idNumber)
                QTest::keyClick(kiosk.window(), c.toLatin1());
            tap(kiosk, u"key_confirm"_s);
        }
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a day"_s);
        tap(kiosk, u"day_"_s + m_first.addDays(day).toString(Qt::ISODate));
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        tap(kiosk, u"time_"_s + slotOn(day));
        tap(kiosk, u"skipPhone"_s);
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
    }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
        // (Run with KIOSK_TEST_ENGINE=sqlite, as ctest does: the other kiosk's booking is written
        // straight into the server's SQLite file.)
        if (TestDatabase::isPostgres())
            QSKIP("this test fills the server's SQLite table directly; tst_booking_e2e covers PostgreSQL");
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QVERIFY(admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}) != u"(failed)");
        // One place at nine each day: the last place is the only place.
        QVERIFY(admin({"service-add", "--code", "race", "--category", "certificates", "--name-zh", "换证", "--name-en",
                       "Renewal", "--place-zh", "1 号窗口", "--place-en", "Window 1", "--weekly", "mon-sun 09:00-10:00",
                       "--slot-minutes", "60", "--capacity", "1", "--bookable"}) != u"(failed)");
        QVERIFY(admin({"slots-generate", "--station", "st1", "--service", "race", "--from", m_first.toString(Qt::ISODate),
                       "--to", m_first.addDays(3).toString(Qt::ISODate)}) != u"(failed)");
        QVERIFY(m_server->start(0));
        m_config = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        Session::instance()->end();
        PlaceHold::instance()->attach(nullptr);
        if (m_client)
            m_client->stop();
        m_client.reset();
        m_server.reset();
        m_scratch.reset();
    }

    void aTimeTheServerFilledIsRefusedAndAFreeOneIsConfirmed()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        QVERIFY(enrol());
        toReview(kiosk, 0);
        const int appointments = kioskCount(u"SELECT COUNT(*) FROM appointments"_s);
        const int outbox = kioskCount(u"SELECT COUNT(*) FROM outbox WHERE kind = 'booking'"_s);

        // Meanwhile the station's other kiosk took the only place.
        QVERIFY(fillOnServer(slotOn(0)));
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"bookButton"_s);
        const QString sentence = u"Someone has just taken the last place at this time. Please choose another time."_s;
        QTRY_COMPARE_WITH_TIMEOUT(text(kiosk, u"bookingError"_s), sentence, 4000);
        QTRY_VERIFY(said().contains(sentence));
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s);
        QCOMPARE(kioskCount(u"SELECT COUNT(*) FROM appointments"_s), appointments);
        QCOMPARE(kioskCount(u"SELECT COUNT(*) FROM outbox WHERE kind = 'booking'"_s), outbox);
        // The server's count is in the cache: the time now shows full.
        tap(kiosk, u"chooseAnotherTime"_s);
        QCOMPARE(kiosk.pageTitle(), u"Book a time: choose a time"_s);
        QTRY_COMPARE(kiosk.find(u"time_"_s + slotOn(0))->property("note").toString(), u"FULL"_s);

        // Another day's place is free on the server: held, and the booking is confirmed.
        Navigator::instance()->back();
        settle(kiosk.window());
        tap(kiosk, u"day_"_s + m_first.addDays(1).toString(Qt::ISODate));
        tap(kiosk, u"time_"_s + slotOn(1));
        QCOMPARE(kiosk.pageTitle(), u"Check your booking"_s); // a Change from the review returns to it
        tap(kiosk, u"bookButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        QCOMPARE(kiosk.pageTitle(), u"Your time is booked"_s);
        QVERIFY(!kiosk.find(u"provisionalNotice"_s)->isVisible());
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        QCOMPARE(kioskCount(u"SELECT COUNT(*) FROM appointments WHERE code = '%1' AND state = 'confirmed'"_s.arg(code)), 1);
    }
};

QTEST_MAIN(TestBookingHoldFlow)
#include "tst_bookingholdflow.moc"
