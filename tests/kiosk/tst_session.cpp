// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/visitorsettings.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/kioskruntime.h"
#include "kiosk/session.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

/// @brief The session timer: warning after quiet time, more time, and expiry that forgets.
class TestSession : public QObject
{
    Q_OBJECT

    Session *session = Session::instance();
    VisitorSettings *settings = VisitorSettings::instance();

private slots:
    void initTestCase()
    {
        // The runtime ties session end to the settings reset, as in the real kiosk.
        static KioskRuntime runtime{KioskConfig{}};
    }

    void init()
    {
        session->end();
        session->setLongerTimeLimits(false);
        session->setTiming(300, 1200);
    }

    void defaultsGiveAtLeastTwentySecondsToAnswer()
    {
        const KioskConfig config;
        QCOMPARE(config.inactivitySeconds, 90);
        QVERIFY(config.warningSeconds >= 20);
    }

    void warnsAfterQuietTime()
    {
        QSignalSpy warned(session, &Session::warningStarted);
        session->begin();
        QCOMPARE(session->state(), Session::State::Active);
        QVERIFY(warned.wait(2000));
        QCOMPARE(session->state(), Session::State::Warning);
        QVERIFY(session->secondsLeft() >= 1);
    }

    void activityPostponesTheWarning()
    {
        QSignalSpy warned(session, &Session::warningStarted);
        QElapsedTimer clock;
        clock.start();
        session->begin();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            session->noteActivity();
        }
        QVERIFY(warned.wait(2000));
        // 600 ms of activity plus the 300 ms quiet time, not 300 ms from the start.
        QVERIFY2(clock.elapsed() >= 850, qPrintable(QString::number(clock.elapsed())));
    }

    void moreTimeAsOftenAsWanted()
    {
        QSignalSpy ended(session, &Session::ended);
        QSignalSpy warned(session, &Session::warningStarted);
        session->begin();
        for (int round = 0; round < 10; ++round) {
            QVERIFY(warned.wait(2000));
            QCOMPARE(session->state(), Session::State::Warning);
            session->extend();
            QCOMPARE(session->state(), Session::State::Active);
        }
        QCOMPARE(ended.count(), 0);
    }

    void strayTouchDuringWarningDoesNotHideIt()
    {
        QSignalSpy warned(session, &Session::warningStarted);
        session->begin();
        QVERIFY(warned.wait(2000));
        session->noteActivity();
        QCOMPARE(session->state(), Session::State::Warning);
    }

    void expiryEndsTheSessionAndResetsEveryVisitorSetting()
    {
        QSignalSpy ended(session, &Session::ended);
        session->begin();
        settings->setLanguage(QStringLiteral("en"));
        settings->setTextSizeStep(3);
        settings->setTheme(QStringLiteral("yellow-on-black"));
        settings->setSpeechOn(false);
        settings->setLowReach(true);
        QVERIFY(ended.wait(4000));
        QCOMPARE(session->state(), Session::State::Attract);
        QCOMPARE(settings->language(), QStringLiteral("zh"));
        QCOMPARE(settings->textSizeStep(), 0);
        QCOMPARE(settings->theme(), QStringLiteral("standard"));
        QVERIFY(settings->speechOn());
        QVERIFY(!settings->lowReach());
    }

    void countdownLastsTheWarningTime()
    {
        session->setTiming(100, 1500);
        QSignalSpy warned(session, &Session::warningStarted);
        QSignalSpy ended(session, &Session::ended);
        session->begin();
        QVERIFY(warned.wait(2000));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(session->secondsLeft(), 2);
        QVERIFY(ended.wait(4000));
        QVERIFY2(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
    }

    void speechVisitorsGetDoubleTime()
    {
        session->setTiming(200, 1000);
        session->setLongerTimeLimits(true);
        QCOMPARE(session->warningSeconds(), 2);
        QSignalSpy warned(session, &Session::warningStarted);
        QElapsedTimer clock;
        clock.start();
        session->begin();
        QVERIFY(warned.wait(2000));
        QVERIFY2(clock.elapsed() >= 380, qPrintable(QString::number(clock.elapsed())));
    }

    void endingFromAttractDoesNothing()
    {
        QSignalSpy ended(session, &Session::ended);
        session->end();
        QCOMPARE(ended.count(), 0);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
