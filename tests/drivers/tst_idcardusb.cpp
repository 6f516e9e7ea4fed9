// SPDX-License-Identifier: GPL-3.0-or-later
// The libusb transport and the reader service against a reader emulated by umockdev, under
// the real libusb. Run under umockdev-wrapper; anywhere else it says "skipped" (exit 77).
#include "umockdevreader.h"

#include "drivers/idcard/demoidentities.h"
#include "drivers/idcard/readersession.h"
#include "drivers/idcard/readerservice.h"
#include "drivers/idcard/transportfactory.h"
#include "drivers/idcard/usbtransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace idcard;

class TestIdCardUsb : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UmockdevReader> m_device;

    static ReaderSettings usbSettings()
    {
        ReaderSettings settings;
        settings.setTransport(u"usb");
        settings.pollIntervalMs = 30;
        settings.rescanIntervalMs = 100;
        settings.responseTimeoutMs = 400;
        settings.removeCardMs = 200;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_device = std::make_unique<UmockdevReader>();
        QVERIFY2(m_device->setUp(), qPrintable(m_device->why()));
    }

    void cleanup()
    {
        m_device.reset();
    }

    void listsTheReader()
    {
        const QStringList found = UsbTransport::list(0x0400, 0xc35a);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QLatin1String("usb 0400:c35a bus 1 device 1")), qPrintable(found.first()));
        QVERIFY(UsbTransport::list(0x1234, 0x5678).isEmpty());
    }

    void fullReadInChunks_data()
    {
        QTest::addColumn<QList<int>>("chunks");
        QTest::newRow("whole frame in one read") << QList<int>{4096};
        QTest::newRow("64-byte packets") << QList<int>{64};
        QTest::newRow("header, then the body") << QList<int>{7, 4096};
        QTest::newRow("short odd pieces") << QList<int>{1, 3, 5, 17, 60};
    }
    void fullReadInChunks()
    {
        QFETCH(QList<int>, chunks);
        m_device->setChunks(chunks);
        m_device->reader.presentDemoCard(0);

        UsbTransport transport(0x0400, 0xc35a);
        ReaderError error;
        QVERIFY2(transport.open(&error), qPrintable(error.toString()));
        ReaderSession session(transport, 2000);
        QVERIFY2(session.samStatus(&error), qPrintable(error.toString()));
        const auto id = session.samId(&error);
        QVERIFY(id.has_value());
        QCOMPARE(*id, SimulatedReader::samId());
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::Card);
        const auto card = session.readCard(&error);
        QVERIFY2(card.has_value(), qPrintable(error.toString()));
        QCOMPARE(*card, DemoIdentities::all().at(0));
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::NoCard);
    }

    void readWithFingerprint()
    {
        m_device->reader.presentDemoCard(5);
        UsbTransport transport(0x0400, 0xc35a);
        ReaderError error;
        QVERIFY(transport.open(&error));
        ReaderSession session(transport, 2000);
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::Card);
        const auto card = session.readCard(&error, Command::ReadTextFingerprint);
        QVERIFY2(card.has_value(), qPrintable(error.toString()));
        QCOMPARE(card->type, CardType::ForeignPermanent2023);
    }

    void noCard()
    {
        UsbTransport transport(0x0400, 0xc35a);
        ReaderError error;
        QVERIFY(transport.open(&error));
        ReaderSession session(transport, 1000);
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::NoCard);
        QVERIFY(!error.isError());
        QVERIFY(!session.readCard(&error).has_value());
        QCOMPARE(error.kind(), ReaderError::Kind::Status);
        QCOMPARE(error.sw3(), quint8(0x81)); // select failed
    }

    void wrongChecksumFromTheDevice()
    {
        UsbTransport transport(0x0400, 0xc35a);
        ReaderError error;
        QVERIFY(transport.open(&error));
        ReaderSession session(transport, 1000);
        m_device->corruptNextAnswers(1);
        QVERIFY(!session.samStatus(&error));
        QCOMPARE(error.kind(), ReaderError::Kind::BadChecksum);
        QVERIFY(session.samStatus(&error)); // the next answer is fine again
    }

    void silentDeviceTimesOut()
    {
        UsbTransport transport(0x0400, 0xc35a);
        ReaderError error;
        QVERIFY(transport.open(&error));
        ReaderSession session(transport, 300);
        m_device->setSilent(true);
        QVERIFY(!session.samStatus(&error));
        QCOMPARE(error.kind(), ReaderError::Kind::Timeout);
        m_device->setSilent(false);
        QVERIFY2(session.samStatus(&error), qPrintable(error.toString())); // cancelled URB did not wedge it
    }

    void serviceReadsAndSurvivesADamagedAnswer()
    {
        ReaderService service(usbSettings());
        QSignalSpy cards(&service, &ReaderService::cardRead);
        QList<core::TranslatableText> reasons;
        connect(&service, &ReaderService::stateChanged, this,
                [&](ReaderState s, const core::TranslatableText &r) { if (s == ReaderState::Error) reasons << r; });
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QVERIFY(service.readerDescription().startsWith(QLatin1String("usb 0400:c35a")));

        m_device->corruptNextAnswers(1); // the next find answer arrives damaged
        QTRY_VERIFY(!reasons.isEmpty());
        QCOMPARE(reasons.first(), ReaderError(ReaderError::Kind::BadChecksum).text());
        QTRY_COMPARE(service.state(), ReaderState::Ready);

        m_device->reader.presentDemoCard(2);
        QTRY_COMPARE(cards.count(), 1);
        const auto card = cards.first().first().value<IdCard>();
        QVERIFY(card.isExpired(QDate::currentDate()));
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QCOMPARE(cards.count(), 1);
    }

    void unplugMidReadAndPlugBack()
    {
        ReaderService service(usbSettings());
        QSignalSpy cards(&service, &ReaderService::cardRead);
        QList<ReaderState> states;
        connect(&service, &ReaderService::stateChanged, this,
                [&](ReaderState s, const core::TranslatableText &) { states << s; });
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);

        m_device->unplugOnCommand(0x30); // pulled out while the card is being read
        m_device->reader.presentDemoCard(1);
        QTRY_VERIFY(m_device->unplugged());
        QTRY_COMPARE(service.state(), ReaderState::NoReader);
        QVERIFY(states.contains(ReaderState::Reading));
        QCOMPARE(cards.count(), 0);
        QVERIFY(!service.reason().in(u"en").isEmpty());

        QTest::qWait(300); // it keeps looking, and keeps failing, while unplugged
        QCOMPARE(service.state(), ReaderState::NoReader);

        m_device->reader.removeCard();
        m_device->setUnplugged(false);
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        m_device->reader.presentDemoCard(1);
        QTRY_COMPARE(cards.count(), 1);
        QCOMPARE(cards.first().first().value<IdCard>(), DemoIdentities::all().at(1));
    }

    void hotplugWithoutWaitingForARescan()
    {
        ReaderSettings settings = usbSettings();
        settings.rescanIntervalMs = 600000; // only hot-plug events can make it look again in time
        ReaderService service(settings);
        QSignalSpy cards(&service, &ReaderService::cardRead);
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);

        m_device->removeDevice();
        QTRY_COMPARE(service.state(), ReaderState::NoReader);
        QTest::qWait(200);
        QCOMPARE(service.state(), ReaderState::NoReader);

        QVERIFY(m_device->addDevice());
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        m_device->reader.presentDemoCard(4);
        QTRY_COMPARE(cards.count(), 1);
        QCOMPARE(cards.first().first().value<IdCard>().type, CardType::ForeignPermanentOld);
    }

    void toolReadsAndSelftestsThroughLibusb()
    {
        // The tool runs as its own process; umockdev's preload hands its ioctls to this one.
        m_device->reader.presentDemoCard(1);
        QProcess tool;
        tool.start(QStringLiteral(IDCARD_TOOL), {QStringLiteral("read"), QStringLiteral("--json"), QStringLiteral("--wait"), QStringLiteral("5")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(tool.readAllStandardOutput()).object();
        const IdCard expected = DemoIdentities::all().at(1);
        QCOMPARE(o.value(QLatin1String("name")).toString(), expected.name);
        QCOMPARE(o.value(QLatin1String("id_number")).toString(), expected.maskedIdNumber());

        tool.start(QStringLiteral(IDCARD_TOOL), {QStringLiteral("selftest")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);
        const QByteArray out = tool.readAllStandardOutput();
        QVERIFY(out.contains("reader: usb 0400:c35a"));
        QVERIFY(out.contains(SimulatedReader::samId().toHex(' ')));

        tool.start(QStringLiteral(IDCARD_TOOL), {QStringLiteral("list")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(tool.readAllStandardOutput().startsWith("usb 0400:c35a bus 1 device 1"));

        tool.start(QStringLiteral(IDCARD_TOOL), {QStringLiteral("list"), QStringLiteral("--ids"), QStringLiteral("1234:5678"),
                                                 QStringLiteral("--transport"), QStringLiteral("usb")});
        QVERIFY(tool.waitForFinished(20000));
        QVERIFY(tool.exitCode() != 0);
    }

    void autoUsesTheSimulatedReaderUntilARealOneIsPluggedIn()
    {
        m_device->removeDevice();
        ReaderSettings settings = usbSettings();
        settings.setTransport(u"auto");
        settings.rescanIntervalMs = 600000; // the switch must come from the hot-plug event
        ReaderService service(settings);
        QSignalSpy cards(&service, &ReaderService::cardRead);
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QCOMPARE(service.readerDescription(), QStringLiteral("simulated"));

        QList<ReaderState> states;
        connect(&service, &ReaderService::stateChanged, this,
                [&](ReaderState s, const core::TranslatableText &) { states << s; });
        QVERIFY(m_device->addDevice());
        QTRY_VERIFY(service.readerDescription().startsWith(QLatin1String("usb 0400:c35a")));
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QVERIFY(!states.contains(ReaderState::NoReader)); // straight over
        m_device->reader.presentDemoCard(3);
        QTRY_COMPARE(cards.count(), 1);
        QCOMPARE(cards.first().first().value<IdCard>().type, CardType::ResidencePermit);
    }

    void stuckReaderIsReopened()
    {
        ReaderService service(usbSettings());
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        const int before = m_device->requestsSeen();
        m_device->setSilent(true);
        QTRY_COMPARE(service.state(), ReaderState::NoReader); // two time-outs: closed, looking again
        QCOMPARE(service.reason(), ReaderError(ReaderError::Kind::Timeout).text());
        m_device->setSilent(false);
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QVERIFY(m_device->requestsSeen() > before + 3);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    UmockdevReader probe;
    if (!probe.setUp()) {
        std::printf("skipped: %s\n", qPrintable(probe.why()));
        return 77;
    }
    TestIdCardUsb test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_idcardusb.moc"
