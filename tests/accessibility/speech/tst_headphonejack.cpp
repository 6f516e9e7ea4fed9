// SPDX-License-Identifier: GPL-3.0-or-later
// The headphone jack against the real PulseAudio server that scripts/test.sh starts: the
// watcher connects, reads every sink's ports, and reads them again on the server's own sink
// events (a sink added and removed with pactl). The test server's null sink has no headphone
// port, and no PulseAudio module lets a test change a port's availability, so "headphones in"
// cannot happen here: what the ports mean is tested with fed-in states in
// tst_headphonelistening. Skipped (exit 77) without KIOSK_TEST_PULSE_SINK; a failure in CI.

#include "accessibility/speech/headphonejack.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using speech::HeadphoneJack;
using speech::JackState;

namespace {

QString sinkName()
{
    return qEnvironmentVariable("KIOSK_TEST_PULSE_SINK");
}

bool pactl(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("pactl"), arguments);
    if (!process.waitForFinished(5000) || process.exitCode() != 0)
        return false;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

} // namespace

class HeadphoneJackTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheServersSinksAndFollowsItsEvents()
    {
        HeadphoneJack jack;
        QSignalSpy read(&jack, &HeadphoneJack::portsRead);
        jack.start();
        QTRY_VERIFY_WITH_TIMEOUT(jack.isConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(read.size() >= 1, 5000);
        QVERIFY2(jack.sinkNames().contains(sinkName()), qPrintable(jack.sinkNames().join(u' ')));
        // A null sink senses no headphones.
        QCOMPARE(jack.state(), JackState::Unknown);

        // The server's events: a sink appears, the ports are read again and it is there.
        const QString probe = QStringLiteral("kiosk_test_jack_probe");
        QString module;
        QVERIFY(pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                       QStringLiteral("sink_name=%1").arg(probe)}, &module));
        QTRY_VERIFY_WITH_TIMEOUT(jack.sinkNames().contains(probe), 5000);
        const int before = jack.readings();
        QVERIFY(pactl({QStringLiteral("unload-module"), module}));
        QTRY_VERIFY_WITH_TIMEOUT(!jack.sinkNames().contains(probe), 5000);
        QVERIFY(jack.readings() > before);
        QCOMPARE(jack.state(), JackState::Unknown);
        std::printf("read the ports %d times; sinks now: %s; headphones: not sensed (null sink)\n",
                    jack.readings(), qPrintable(jack.sinkNames().join(u' ')));
    }

    void aServerThatComesLaterIsFound()
    {
        // The kiosk may start before the sound server: it keeps trying (every 5 s).
        QString info;
        QVERIFY(pactl({QStringLiteral("info")}, &info));
        QString server;
        for (const QString &line : info.split(u'\n'))
            if (line.startsWith(u"Server String: "))
                server = line.mid(15).trimmed();
        QVERIFY(!server.isEmpty());
        const QByteArray saved = qgetenv("PULSE_SERVER");
        qputenv("PULSE_SERVER", "unix:/nonexistent/kiosk-no-server");
        HeadphoneJack jack;
        QSignalSpy failed(&jack, &HeadphoneJack::attemptFailed);
        jack.start();
        // The first attempt's answer (no server there), not a guess at how long it takes.
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 4000); // before the 5 s retry
        QVERIFY(!jack.isConnected());
        QCOMPARE(jack.failedAttempts(), 1);
        qputenv("PULSE_SERVER", server.toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(jack.isConnected(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(jack.sinkNames().contains(sinkName()), 3000);
        if (saved.isEmpty())
            qunsetenv("PULSE_SERVER");
        else
            qputenv("PULSE_SERVER", saved);
    }
};

int cannotRun(const char *why)
{
    const bool ci = qEnvironmentVariable("CI") == u"true";
    std::printf("%s: %s\n", ci ? "FAIL (CI=true)" : "QSKIP", why);
    return ci ? 1 : 77;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sinkName().isEmpty())
        return cannotRun("KIOSK_TEST_PULSE_SINK is not set (no PulseAudio null sink)");
    if (QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty())
        return cannotRun("pactl (pulseaudio-utils) is not installed");
    if (!pactl({QStringLiteral("info")}))
        return cannotRun("the PulseAudio server does not answer");
    HeadphoneJackTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_headphonejack.moc"
