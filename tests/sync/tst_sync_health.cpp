// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk tells the centre how it stands with its pushes, against a real kiosk-server
// process: after a sync the station's row holds the kiosk's version, reader and speaker state,
// free disk and a parked item's reason; a change while the outbox is empty still reaches it.
#include "serverprocess.h"
#include "testkiosk.h"
#include "testdatabase.h"

#include "contractsample.h"
#include "kiosk/store/database.h"
#include "kiosk/sync/syncclient.h"
#include "server/database.h"
#include "server/stationregistry.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;

class SyncHealthTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;

    std::optional<server::StationInfo> serverStation()
    {
        QString error;
        auto db = server::Database::open(m_scratch->url(), &error);
        if (!db)
            return std::nullopt;
        return server::StationRegistry(*db).info(QStringLiteral("st1"));
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QString out;
        QCOMPARE(m_server->admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}, &out), 0);
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
        m_scratch.reset();
    }

    void afterASyncTheCentreKnowsHowTheKioskStands()
    {
        TestKiosk kiosk;
        bool queued = false;
        kiosk.prepareClient = [&](SyncClient &client) {
            // An outbox row the server refuses (a kind it does not know): parked with its reason.
            queued = kiosk.db->exec("INSERT INTO outbox(id, kind, payload, created_at) VALUES(?, ?, ?, ?)",
                                    {"0190a1b2-c3d4-7e5f-8a9b-000000000001", "teleport", "{}", "2026-07-06T01:00:00Z"})
                         .ok();
            client.setReaderState(QStringLiteral("simulated"));
            client.setSpeakerState(QStringLiteral("muted"));
        };
        QVERIFY(kiosk.start(m_server->baseUrl()));
        QVERIFY(queued);
        SyncClient &client = *kiosk.client;
        QVERIFY(kiosk.round());
        QCOMPARE(client.parked(), 1);

        auto station = serverStation();
        QVERIFY(station);
        QVERIFY2(station->health, "the server kept no state for the station");
        const auto &h = *station->health;
        QCOMPARE(h.version, QStringLiteral(KIOSK_PROJECT_VERSION));
        QCOMPARE(h.reader, QStringLiteral("simulated"));
        QCOMPARE(h.speaker, QStringLiteral("muted"));
        // The free bytes of the store's own disk, as the test sees them now (other writers on
        // the machine move it a little).
        const qint64 free = QStorageInfo(kiosk.dir.path()).bytesAvailable();
        QVERIFY2(h.freeDiskBytes > 0 && qAbs(h.freeDiskBytes - free) < 512ll * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 vs %2").arg(h.freeDiskBytes).arg(free)));
        QCOMPARE(h.parkedCount, 1);
        QCOMPARE(h.parked.size(), 1);
        QCOMPARE(h.parked.first().kind, QStringLiteral("teleport"));
        QVERIFY2(h.parked.first().reason.contains(u"unknown kind"), qPrintable(h.parked.first().reason));
        QVERIFY(QDateTime::fromString(h.parked.first().since, Qt::ISODate).isValid());
        QVERIFY(station->healthAt > 0);
        QVERIFY(qAbs(station->healthAt - QDateTime::currentMSecsSinceEpoch()) < 60000);
        // What the server kept is the wire's shape.
        contract::recordSchemaSample(QStringLiteral("StationHealth"), h.toJson());

        // Nothing waits in the outbox now; a reader that fails still reaches the centre.
        const qint64 firstReport = station->healthAt;
        QTest::qWait(20);
        client.setReaderState(QStringLiteral("error"));
        QVERIFY(kiosk.round());
        station = serverStation();
        QVERIFY(station && station->health);
        QCOMPARE(station->health->reader, QStringLiteral("error"));
        QVERIFY(station->healthAt > firstReport);

        // Unchanged, and reported moments ago: the round sends no second report.
        const qint64 secondReport = station->healthAt;
        QTest::qWait(20);
        QVERIFY(kiosk.round());
        station = serverStation();
        QVERIFY(station);
        QCOMPARE(station->healthAt, secondReport);
        kiosk.stop();
    }
};

KIOSK_STORAGE_TEST_MAIN(SyncHealthTest)
#include "tst_sync_health.moc"
