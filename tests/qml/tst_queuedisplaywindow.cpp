// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"

#include "kiosk/queuedisplaywindow.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickView>
#include <QScreen>
#include <QTest>

/// @brief The queue display's own window on a machine with two screens (the offscreen platform
/// given two screens): it opens full screen on the screen the kiosk is not on, shows the
/// queue-display page, and `[queue] display = off` keeps it closed.
class TestQueueDisplayWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QGuiApplication::screens().size() < 2)
            QSKIP("the platform did not give two screens (offscreen configfile)");
    }

    void opensOnTheOtherScreen()
    {
        MainWindowFixture kiosk;
        QueueDisplayWindow display(kiosk.engine(), true);
        display.follow(kiosk.window());
        QVERIFY(display.isShown());
        QVERIFY(display.screen());
        QVERIFY(display.screen() != kiosk.window()->screen());
        QCOMPARE(display.screen()->name(), QStringLiteral("waiting-room"));
        // It is the queue display page, filling that screen.
        QQuickView *view = nullptr;
        for (QWindow *window : QGuiApplication::topLevelWindows())
            if (window->objectName() == u"queueDisplayWindow")
                view = qobject_cast<QQuickView *>(window);
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(view->geometry(), display.screen()->geometry());
        QVERIFY(view->rootObject());
        QVERIFY(view->rootObject()->findChild<QQuickItem *>(QStringLiteral("nowCallingHeading")));
        // The keypad keeps working the kiosk's window.
        QVERIFY(view->flags().testFlag(Qt::WindowDoesNotAcceptFocus));
    }

    void offKeepsItClosed()
    {
        MainWindowFixture kiosk;
        QueueDisplayWindow display(kiosk.engine(), false);
        display.follow(kiosk.window());
        QVERIFY(!display.isShown());
    }
};

int main(int argc, char **argv)
{
    // Two screens, as at a station with a waiting-room display.
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + TWO_SCREENS_CONFIG);
    QGuiApplication app(argc, argv);
    TestQueueDisplayWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_queuedisplaywindow.moc"
