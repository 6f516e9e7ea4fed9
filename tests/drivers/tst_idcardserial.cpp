// SPDX-License-Identifier: GPL-3.0-or-later
// The serial (CDC-ACM) transport against a pty pair: the simulated reader plays the device on
// the master side, the driver opens the slave like /dev/ttyACM0.
#include "drivers/idcard/demoidentities.h"
#include "drivers/idcard/readersession.h"
#include "drivers/idcard/readerservice.h"
#include "drivers/idcard/serialtransport.h"
#include "drivers/idcard/simulatedreader.h"
#include "drivers/idcard/transportfactory.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace idcard;

namespace {

/// A reader on the far end of a pty: answers in 32-byte pieces, or keeps silent.
class PtyDevice
{
public:
    bool open()
    {
        char name[256] = {};
        if (openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
            return false;
        termios tio{};
        tcgetattr(m_master, &tio);
        cfmakeraw(&tio);
        tcsetattr(m_master, TCSANOW, &tio);
        m_path = QString::fromLocal8Bit(name);
        m_thread = std::thread([this] { run(); });
        return true;
    }
    void unplug()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
        m_master = m_slave = -1;
    }
    ~PtyDevice() { unplug(); }

    SimulatedReader reader;
    std::atomic<bool> silent = false;
    [[nodiscard]] QString path() const { return m_path; }

private:
    void run()
    {
        char buffer[512];
        while (!m_stop) {
            pollfd p{m_master, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0 || silent)
                continue;
            const QByteArray answer = reader.receive(QByteArrayView(buffer, n));
            for (qsizetype at = 0; at < answer.size(); at += 32) {
                const QByteArray piece = answer.mid(at, 32);
                if (::write(m_master, piece.constData(), size_t(piece.size())) < 0)
                    return;
            }
        }
    }

    int m_master = -1;
    int m_slave = -1; // kept open so the master never sees a hang-up between opens
    QString m_path;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
};

} // namespace

class TestIdCardSerial : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsACardOverTheTty()
    {
        PtyDevice device;
        QVERIFY(device.open());
        device.reader.presentDemoCard(1);

        ReaderSettings settings;
        QVERIFY(settings.setTransport(QStringLiteral("serial:") + device.path()));
        ReaderError error;
        auto transport = TransportFactory::open(settings, nullptr, &error); // probes SAM status
        QVERIFY2(transport, qPrintable(error.toString()));
        QCOMPARE(transport->description(), QStringLiteral("serial ") + device.path());

        ReaderSession session(*transport, 2000);
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::Card);
        const auto card = session.readCard(&error, Command::ReadTextFingerprint);
        QVERIFY2(card, qPrintable(error.toString()));
        QCOMPARE(*card, DemoIdentities::all().at(1));
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::NoCard);
    }

    void aSilentPortIsNotAReader()
    {
        PtyDevice device;
        QVERIFY(device.open());
        device.silent = true;
        ReaderSettings settings;
        settings.setTransport(QStringLiteral("serial:") + device.path());
        ReaderError error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!TransportFactory::open(settings, nullptr, &error));
        QCOMPARE(error.kind(), ReaderError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 3000); // gives up after about 2 s
    }

    void notATtyIsRefused()
    {
        SerialTransport transport(QStringLiteral("/dev/null"));
        ReaderError error;
        QVERIFY(!transport.open(&error));
        QVERIFY(error.isError());
        SerialTransport missing(QStringLiteral("/nonexistent/ttyACM0"));
        QVERIFY(!missing.open(&error));
        QCOMPARE(error.kind(), ReaderError::Kind::NotFound);
    }

    void serviceNoticesAnUnpluggedAdapter()
    {
        auto device = std::make_unique<PtyDevice>();
        QVERIFY(device->open());
        ReaderSettings settings;
        settings.setTransport(QStringLiteral("serial:") + device->path());
        settings.pollIntervalMs = 20;
        settings.rescanIntervalMs = 100;
        settings.responseTimeoutMs = 500;
        ReaderService service(settings);
        QSignalSpy cards(&service, &ReaderService::cardRead);
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        device->reader.presentDemoCard(0);
        QTRY_COMPARE(cards.count(), 1);

        device->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), ReaderState::NoReader, 5000);
        QVERIFY(!service.reason().in(u"en").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdCardSerial)
#include "tst_idcardserial.moc"
