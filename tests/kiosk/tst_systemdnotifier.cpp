// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk tells systemd it is ready and alive: on a socket of the test's own (what systemd's
// NOTIFY_SOCKET is), from the notifier class and from the real `kiosk` process.
#include "kiosk/watchdog/systemdnotifier.h"
#include "notifysocket.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace std::chrono_literals;

class SystemdNotifierTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void cleanup()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void withoutSystemdItSaysNothing()
    {
        NotifySocket socket(m_dir.filePath(QStringLiteral("quiet.sock")));
        QVERIFY(socket.isBound());
        qputenv("WATCHDOG_USEC", "300000");
        SystemdNotifier notifier; // NOTIFY_SOCKET unset
        QVERIFY(!notifier.isActive());
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
        notifier.ready(QStringLiteral("Showing the kiosk"));
        notifier.stopping();
        QTest::qWait(200);
        QVERIFY(socket.messages().isEmpty());
    }

    void pingsComeFromTheGuiThreadsEventLoop()
    {
        const QString path = m_dir.filePath(QStringLiteral("notify.sock"));
        NotifySocket socket(path);
        QVERIFY(socket.isBound());
        qputenv("NOTIFY_SOCKET", path.toLocal8Bit());
        qputenv("WATCHDOG_USEC", "300000"); // 300 ms: a ping every 100 ms
        // Under cage WATCHDOG_PID names cage, not the kiosk: it must not switch the pings off.
        qputenv("WATCHDOG_PID", "1");
        SystemdNotifier notifier;
        QVERIFY(notifier.isActive());
        QCOMPARE(notifier.watchdogIntervalMs(), 100);

        notifier.ready(QStringLiteral("Showing the kiosk"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.with("READY=1").size(), 1, 2000);
        QVERIFY(socket.with("READY=1").constFirst().text.contains("STATUS=Showing the kiosk"));
        QTRY_VERIFY_WITH_TIMEOUT(socket.with("WATCHDOG=1").size() >= 4, 2000);

        // The GUI thread hangs for four intervals while another thread runs on: no ping.
        std::atomic_bool blocked{true};
        std::atomic<qint64> otherThreadSteps{0};
        std::thread other([&] {
            while (blocked)
                ++otherThreadSteps;
        });
        const auto blockStart = NotifySocket::Clock::now();
        while (NotifySocket::Clock::now() - blockStart < 400ms) {
        }
        const auto blockEnd = NotifySocket::Clock::now();
        blocked = false;
        other.join();
        QVERIFY(otherThreadSteps > 0);
        const int before = int(socket.with("WATCHDOG=1").size());

        // The loop runs again: so do the pings.
        QTRY_VERIFY_WITH_TIMEOUT(socket.with("WATCHDOG=1").size() >= before + 3, 2000);
        // A ping sent just before the block may arrive a moment later, when the socket's reader
        // gets a core from the two spinning threads: allow 150 ms. Pings sent from anywhere but
        // the hung loop would still arrive in the block's last 250 ms, two of them at least.
        for (const auto &ping : socket.with("WATCHDOG=1"))
            QVERIFY2(ping.at < blockStart + 150ms || ping.at >= blockEnd, "a ping arrived while the GUI thread hung");

        notifier.stopping();
        QTRY_COMPARE_WITH_TIMEOUT(socket.with("STOPPING=1").size(), 1, 2000);
        const int afterStop = int(socket.with("WATCHDOG=1").size());
        QTest::qWait(300);
        QCOMPARE(socket.with("WATCHDOG=1").size(), afterStop);
    }

    void theKioskIsReadyOnItsFirstFrameAndPingsUntilItStops()
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk.sock"));
        NotifySocket socket(path);
        QVERIFY(socket.isBound());
        const QString ini = m_dir.filePath(QStringLiteral("kiosk.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[station]\nid=st-watchdog\ndemo=true\n[server]\nurl=\n"
                                  "[store]\npath=%1\n[reader]\ntransport=simulated\n")
                       .arg(m_dir.filePath(QStringLiteral("kiosk.db")))
                       .toUtf8());
        file.close();

        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("NOTIFY_SOCKET"), path);
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("900000")); // a ping every 300 ms
        env.insert(QStringLiteral("WATCHDOG_PID"), QStringLiteral("1"));        // cage's, not the kiosk's
        kiosk.setProcessEnvironment(env);
        kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kiosk.start(QStringLiteral(KIOSK_BINARY), {QStringLiteral("--config"), ini});
        QVERIFY(kiosk.waitForStarted(10000));

        QTRY_COMPARE_WITH_TIMEOUT(socket.with("READY=1").size(), 1, 60000);
        QVERIFY(socket.with("READY=1").constFirst().text.contains("STATUS="));
        const int before = int(socket.with("WATCHDOG=1").size());
        QTRY_VERIFY_WITH_TIMEOUT(socket.with("WATCHDOG=1").size() >= before + 3, 5000);
        // Every ping came after READY=1.
        QVERIFY(socket.with("WATCHDOG=1").constFirst().at >= socket.with("READY=1").constFirst().at);

        kiosk.terminate(); // SIGTERM, as systemctl stop sends
        QTRY_COMPARE_WITH_TIMEOUT(socket.with("STOPPING=1").size(), 1, 10000);
        QVERIFY(kiosk.state() == QProcess::NotRunning || kiosk.waitForFinished(20000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
    }
};

QTEST_GUILESS_MAIN(SystemdNotifierTest)
#include "tst_systemdnotifier.moc"
