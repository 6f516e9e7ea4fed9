// SPDX-License-Identifier: GPL-3.0-or-later
// End to end over real HTTP on loopback: a real kiosk-server process (SQLite, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql) and the kiosk's real store and sync client.
#include "serverprocess.h"
#include "testdatabase.h"

#include "core/wire/credential.h"
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/changemapper.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/httpexchange.h"
#include "kiosk/sync/syncclient.h"
#include "server/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;

class SyncEndToEndTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_kioskDir;
    std::unique_ptr<store::Database> m_storeDb;
    std::unique_ptr<store::Store> m_store;
    QNetworkAccessManager m_network;
    int m_seededRecords = 0;

    SyncSettings settings() const
    {
        SyncSettings s;
        s.serverUrl = QUrl(m_server->baseUrl());
        s.storePath = m_kioskDir->filePath(QStringLiteral("kiosk.sqlite"));
        s.enrollmentCode = QStringLiteral("CODE-ONE");
        s.intervalMs = 3600 * 1000; // rounds only when a test asks
        s.minBackoffMs = 50;
        s.maxBackoffMs = 200;
        s.requestTimeoutMs = 5000;
        return s;
    }
    QStringList enqueue(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            auto id = m_store->requests().callStaff(QStringLiteral("help_at_kiosk"));
            if (!id.ok())
                return {};
            ids.append(id.value());
        }
        return ids;
    }
    std::unique_ptr<server::Database> serverDb()
    {
        QString error;
        return server::Database::open(m_scratch->url(), &error);
    }
    /// Records the server received since the seed, i.e. what this test sent: the demo seed has
    /// records of its own (the demo help requests behind the demo kiosk's assignments).
    int receivedRecords()
    {
        return serverDb()->scalar("SELECT COUNT(*) FROM records").toInt() - m_seededRecords;
    }
    /// How many of these ids (records this test sent) the server has.
    int storedOf(const QStringList &ids)
    {
        const QSet<QString> sent(ids.cbegin(), ids.cend());
        auto db = serverDb();
        auto q = db->exec("SELECT id FROM records");
        int n = 0;
        while (q && q->next())
            n += sent.contains(q->value(0).toString()) ? 1 : 0;
        return n;
    }
    /// Runs rounds until one succeeds (or the time is up).
    static bool syncUntilOk(SyncClient &client, int timeoutMs = 30000)
    {
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        QDeadlineTimer deadline(timeoutMs);
        client.syncNow();
        while (!deadline.hasExpired()) {
            if (!spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
            if (spy.last().at(0).toBool())
                return true;
            client.syncNow();
        }
        return false;
    }
    kiosksync::HttpExchange::Result http(const QByteArray &method, const QString &path, const QByteArray &body,
                                         const QString &token)
    {
        kiosksync::HttpExchange exchange(m_network, 10000);
        return exchange.send(method, QUrl(m_server->baseUrl() + path), body, token);
    }
    QString enrollRaw(const QString &code)
    {
        const auto r = http("POST", "/v1/stations/enroll", QStringLiteral(R"({"enrollmentCode":"%1"})").arg(code).toUtf8(), {});
        return QJsonDocument::fromJson(r.body).object().value("token").toString();
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QString out;
        QCOMPARE(m_server->admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}, &out), 0);
        QCOMPARE(m_server->admin({"station-create", "--station-id", "st2", "--name", "Two", "--enrollment-code", "CODE-TWO"}, &out), 0);
        m_seededRecords = serverDb()->scalar("SELECT COUNT(*) FROM records").toInt();
        QVERIFY(m_server->start());
        m_kioskDir = std::make_unique<QTemporaryDir>();
        m_storeDb = std::make_unique<store::Database>(m_kioskDir->filePath(QStringLiteral("kiosk.sqlite")));
        QVERIFY(m_storeDb->open().ok());
        m_store = std::make_unique<store::Store>(*m_storeDb, QByteArray("test-secret"));
    }

    void cleanup()
    {
        m_store.reset();
        m_storeDb.reset();
        m_server.reset();
        m_kioskDir.reset();
        m_scratch.reset();
    }

    void enrollsAndFetchesTheCatalogue()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(syncUntilOk(client));
        QVERIFY(client.enrolled());
        QVERIFY(client.lastSuccess().isValid());
        QVERIFY(client.lastError().isEmpty());
        QVERIFY(!client.stationSecret().isEmpty());
        auto catalogue = m_store->services().catalogue();
        QVERIFY(catalogue.ok());
        QVERIFY2(catalogue->size() >= 8, qPrintable(QString::number(catalogue->size())));
        // The demo certificate arrives keyed so the kiosk finds it with its own secret.
        store::Store keyed(*m_storeDb, client.stationSecret());
        auto certificate = keyed.certificates().lookupCertificate(u"11010519491231002X");
        QVERIFY(certificate.ok());
        QVERIFY(certificate->has_value());
        QCOMPARE(certificate->value().maskedId, QStringLiteral("110105********002X"));
    }

    void theWholeCertificateRowArrivesAsImported()
    {
        // The federation's CSV with every column of the timeline; line 2 for this station.
        QTemporaryDir files;
        QFile csv(files.filePath(QStringLiteral("certificates.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id_number,holder_name,category,level,status,valid_until,station_id,state_since,issued_on,"
                  "pickup_place_zh,pickup_place_en,replacement\n"
                  "120103196604020010,Wang Wu,4,3,ready_for_pickup,2031-09-30,st1,2026-06-29,2026-06-26,"
                  "河西区残联 2 号窗口,\"Hexi federation, window 2\",2\n");
        csv.close();
        QString out;
        QCOMPARE(m_server->admin({"import-certificates", "--file", csv.fileName()}, &out), 0);

        SyncClient client(settings());
        client.start();
        QVERIFY(syncUntilOk(client));
        store::Store keyed(*m_storeDb, client.stationSecret());
        // As the kiosk's store returns it after sync: every field, dates included.
        auto imported = keyed.certificates().lookupCertificate(u"120103196604020010");
        QVERIFY(imported.ok());
        QVERIFY(imported->has_value());
        const store::CertificateRecord r = imported->value();
        QCOMPARE(r.idHash.size(), 64);
        QCOMPARE(r.maskedId, QStringLiteral("120103********0010"));
        QCOMPARE(r.category, core::DisabilityCategory::Physical);
        QCOMPARE(r.level, 3);
        QCOMPARE(r.state, core::CertificateState::ReadyForPickup);
        QCOMPARE(r.stateSince, QDate(2026, 6, 29));
        QCOMPARE(r.issuedOn, QDate(2026, 6, 26));
        QCOMPARE(r.validUntil, QDate(2031, 9, 30));
        QCOMPARE(r.pickupPlace.in(u"zh"), QStringLiteral("河西区残联 2 号窗口"));
        QCOMPARE(r.pickupPlace.in(u"en"), QStringLiteral("Hexi federation, window 2"));
        QCOMPARE(r.replacement, 2);
        // The demo seed's resident: an issued replacement certificate, no pickup place.
        auto seeded = keyed.certificates().lookupCertificate(u"11010519491231002X");
        QVERIFY(seeded.ok() && seeded->has_value());
        QCOMPARE(seeded->value().state, core::CertificateState::Issued);
        QCOMPARE(seeded->value().category, core::DisabilityCategory::Visual);
        QCOMPARE(seeded->value().level, 2);
        QCOMPARE(seeded->value().stateSince, QDate(2026, 5, 4));
        QCOMPARE(seeded->value().issuedOn, QDate(2026, 5, 4));
        QCOMPARE(seeded->value().validUntil, QDate(2031, 6, 30));
        QVERIFY(seeded->value().pickupPlace.in(u"zh").isEmpty() && seeded->value().pickupPlace.in(u"en").isEmpty());
        QCOMPARE(seeded->value().replacement, 1);
    }

    void aCacheMissIsFoundByLookupAndThenCached()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(syncUntilOk(client));
        store::Store keyed(*m_storeDb, client.stationSecret());
        // The demo's resident of another district: not in this station's feed.
        const QString idNumber = QStringLiteral("120103197208150037");
        auto missing = keyed.certificates().lookupCertificate(idNumber);
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());

        const auto credential = kiosksync::CredentialFile::read(settings().effectiveCredentialPath());
        QVERIFY(credential);
        const auto reply = http("POST", "/v1/certificates/lookup",
                                QJsonDocument(QJsonObject{{"idNumber", idNumber}}).toJson(), credential->token);
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(answer.value("found").toBool(), true);
        QVERIFY(!answer.value("certificate").toObject().contains("holderName"));
        // The kiosk maps the answer with the change feed's own mapping and keeps it.
        const auto record = kiosksync::ChangeMapper::certificate(answer.value("key").toString(),
                                                                 answer.value("certificate").toObject());
        QVERIFY(record);
        QVERIFY(keyed.certificates().cacheCertificate(*record).ok());
        // Now the kiosk's own cache has it, under the key it computes itself from the number.
        auto cached = keyed.certificates().lookupCertificate(idNumber);
        QVERIFY(cached.ok());
        QVERIFY(cached->has_value());
        QCOMPARE(cached->value().maskedId, QStringLiteral("120103********0037"));
        QCOMPARE(cached->value().state, core::CertificateState::ReadyForPickup);
        QCOMPARE(cached->value().stateSince, QDate(2026, 6, 29));
        QCOMPARE(cached->value().issuedOn, QDate(2026, 6, 26));
        QCOMPARE(cached->value().validUntil, QDate(2031, 9, 30));
        QVERIFY(!cached->value().pickupPlace.in(u"zh").isEmpty());
        // The centre's audit has the lookup, masked, marked as another district's resident.
        auto db = serverDb();
        QCOMPARE(db->scalar("SELECT id_number_masked FROM lookup_audit WHERE station_id = 'st1' AND outcome = 'found'").toString(),
                 QStringLiteral("120103********0037"));
        QCOMPARE(db->scalar("SELECT other_district FROM lookup_audit WHERE station_id = 'st1'").toInt(), 1);
        QString shown;
        QCOMPARE(m_server->admin({"lookup-audit", "--station", "st1"}, &shown), 0);
        QVERIFY2(shown.contains("120103********0037") && !shown.contains(idNumber), qPrintable(shown));
    }

    void requestMadeWhileServerDownIsDeliveredExactlyOnce()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(syncUntilOk(client));
        const quint16 port = m_server->port();
        m_server->kill();

        const QStringList ids = enqueue(3);
        QCOMPARE(ids.size(), 3);
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        client.syncNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.last().at(0).toBool(), false);
        QTRY_COMPARE(client.pending(), 3);
        QVERIFY2(client.lastError().contains("cannot be reached"), qPrintable(client.lastError()));
        QVERIFY(client.lastError().contains("Nothing is lost"));

        QVERIFY(m_server->start(port));
        QVERIFY(syncUntilOk(client));
        QCOMPARE(client.pending(), 0);
        QVERIFY(client.lastError().isEmpty());
        auto db = serverDb();
        for (const QString &id : ids)
            QCOMPARE(db->scalar("SELECT COUNT(*) FROM records WHERE id = ? AND station_id = 'st1'", {id}).toInt(), 1);
        QCOMPARE(receivedRecords(), 3);
    }

    void batchRetriedAfterLostReplyCreatesNoDuplicates()
    {
        const QString token = enrollRaw("CODE-ONE");
        QVERIFY(!token.isEmpty());
        const QByteArray batch =
            R"({"items":[{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","kind":"help_call","payload":{"reason":"x"}},)"
            R"({"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c","kind":"help_call","payload":{"reason":"y"}}]})";
        const auto first = http("POST", "/v1/sync/push", batch, token);
        QCOMPARE(first.status, 200);
        // The reply is lost on the way: the kiosk sends the very same batch again.
        const auto again = http("POST", "/v1/sync/push", batch, token);
        QCOMPARE(again.status, 200);
        const QJsonArray results = QJsonDocument::fromJson(again.body).object().value("results").toArray();
        QCOMPARE(results.at(0).toObject().value("result").toString(), QStringLiteral("duplicate"));
        QCOMPARE(results.at(1).toObject().value("result").toString(), QStringLiteral("duplicate"));
        QCOMPARE(receivedRecords(), 2);
    }

    void serverKilledMidBatchLosesNothing()
    {
        SyncClient client([this] {
            SyncSettings s = settings();
            s.batchSize = 50;
            return s;
        }());
        client.start();
        QVERIFY(syncUntilOk(client));
        const QStringList ids = enqueue(1500);
        QCOMPARE(ids.size(), 1500);
        const quint16 port = m_server->port();
        client.syncNow();
        // Kill the server while batches are flowing.
        QTRY_VERIFY_WITH_TIMEOUT(client.pending() < 1400 || receivedRecords() > 100, 30000);
        m_server->kill();
        const int storedAtKill = storedOf(ids);
        QVERIFY2(storedAtKill < 1500, "the kill came too late to be mid-delivery");
        QVERIFY(m_server->start(port));
        QVERIFY(syncUntilOk(client, 60000));
        QCOMPARE(client.pending(), 0);
        QCOMPARE(client.parked(), 0);
        auto db = serverDb();
        QCOMPARE(receivedRecords(), 1500); // nothing twice, nothing else
        QCOMPARE(storedOf(ids), 1500);
        QCOMPARE(db->scalar("SELECT COUNT(*) FROM records WHERE id = ?", {ids.first()}).toInt(), 1);
        QCOMPARE(db->scalar("SELECT COUNT(*) FROM records WHERE id = ?", {ids.last()}).toInt(), 1);
    }

    void stationCannotReadAnotherStationsData()
    {
        SyncClient client(settings());
        client.start();
        const QStringList ids = enqueue(1);
        QVERIFY(syncUntilOk(client));
        const auto credential = kiosksync::CredentialFile::read(settings().effectiveCredentialPath());
        QVERIFY(credential);
        QCOMPARE(http("GET", "/v1/records/" + ids.first(), {}, credential->token).status, 200);
        const QString other = enrollRaw("CODE-TWO");
        QVERIFY(!other.isEmpty());
        QCOMPARE(http("GET", "/v1/records/" + ids.first(), {}, other).status, 404);
        const auto changes = http("GET", "/v1/sync/changes?since=0&limit=1000", {}, other);
        QCOMPARE(changes.status, 200);
        for (const QJsonValue &v : QJsonDocument::fromJson(changes.body).object().value("changes").toArray())
            QCOMPARE(v.toObject().value("entity").toString(), QStringLiteral("service")); // only the city-wide catalogue
        // Pushing with the other station's id is refused, not merged.
        const QByteArray steal = QStringLiteral(R"({"items":[{"id":"%1","kind":"help_call","payload":{}}]})").arg(ids.first()).toUtf8();
        const auto r = http("POST", "/v1/sync/push", steal, other);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("results").toArray().at(0).toObject().value("result").toString(),
                 QStringLiteral("rejected"));
    }

    void changesResumeFromTheStoredCursorAfterARestart()
    {
        QString cursorBefore;
        const QStringList ids = enqueue(1);
        {
            SyncClient client(settings());
            client.start();
            QVERIFY(syncUntilOk(client));
            client.stop();
        }
        {
            store::SyncQueue queue(*m_storeDb);
            auto status = queue.status();
            QVERIFY(status.ok());
            cursorBefore = status->cursor;
            QVERIFY(cursorBefore.toLongLong() > 0);
        }
        QString out;
        QCOMPARE(m_server->admin({"set-status", "--request", ids.first(), "--status", "accepted"}, &out), 0);
        const int logBefore = m_server->log().size();
        SyncClient restarted(settings());
        restarted.start();
        QVERIFY(syncUntilOk(restarted));
        const QByteArray log = m_server->log().mid(logBefore);
        QVERIFY2(log.contains("GET /v1/sync/changes?since=" + cursorBefore.toLatin1() + "&"), log.constData());
        QVERIFY(!log.contains("since=0&"));
        store::SyncQueue queue(*m_storeDb);
        QCOMPARE(queue.status()->cursor.toLongLong(), cursorBefore.toLongLong() + 1);
    }

    void revokedStationSeesPlainWordsAndKeepsItsQueue()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(syncUntilOk(client));
        QString out;
        QCOMPARE(m_server->admin({"station-revoke", "--station-id", "st1"}, &out), 0);
        enqueue(2);
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        client.syncNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.last().at(0).toBool(), false);
        QTRY_VERIFY(client.lastError().contains("withdrawn"));
        QCOMPARE(client.pending(), 2);
        QCOMPARE(receivedRecords(), 0);
    }

    void refusedItemsAreParkedWithTheReasonAndTheRestMoveOn()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(syncUntilOk(client));
        const QStringList before = enqueue(2);
        // Outbox rows as a newer or broken kiosk version might leave them: an unknown kind (the
        // server rejects that item) and an id that is no UUID (the server refuses the batch
        // with 400 naming the item).
        QVERIFY(m_storeDb->exec("INSERT INTO outbox(id, kind, payload, created_at) VALUES(?, ?, ?, ?)",
                                {"0190a1b2-c3d4-7e5f-8a9b-000000000001", "teleport", "{}", "2026-07-06T01:00:00Z"}).ok());
        QVERIFY(m_storeDb->exec("INSERT INTO outbox(id, kind, payload, created_at) VALUES(?, ?, ?, ?)",
                                {"0190a1b2-not-a-uuid", "help_call", "{}", "2026-07-06T01:00:00Z"}).ok());
        const QStringList after = enqueue(2);
        QVERIFY(syncUntilOk(client));
        QCOMPARE(client.pending(), 0);
        QCOMPARE(client.parked(), 2);
        store::SyncQueue queue(*m_storeDb);
        auto parked = queue.parked(10);
        QVERIFY(parked.ok());
        QStringList reasons;
        for (const auto &e : parked.value())
            reasons.append(e.parkedReason);
        QVERIFY2(reasons.join("|").contains("unknown kind"), qPrintable(reasons.join("|")));
        QVERIFY2(reasons.join("|").contains("items[") && reasons.join("|").contains("UUID"), qPrintable(reasons.join("|")));
        auto db = serverDb();
        for (const QString &id : before + after)
            QCOMPARE(db->scalar("SELECT COUNT(*) FROM records WHERE id = ?", {id}).toInt(), 1);
    }

    void idleConnectionsAreClosed()
    {
        ServerProcess quick(m_scratch->urlText());
        QVERIFY(quick.start(0, {QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, quick.port());
        QVERIFY(silent.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        // A client that connects and says nothing must not hold a connection for ever.
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(timer.elapsed() >= 900);
    }

    void badInputOverRealHttpLeavesTheServerServing()
    {
        const QString token = enrollRaw("CODE-ONE");
        QCOMPARE(http("POST", "/v1/sync/push", "{\"items\": [", token).status, 400);
        QCOMPARE(http("POST", "/v1/sync/push", QByteArray(2 * 1024 * 1024, 'x'), token).status, 413);
        QCOMPARE(http("POST", "/v1/sync/push", R"({"items":[{"id":1}]})", token).status, 400);
        QCOMPARE(http("GET", "/v1/sync/changes", {}, "forged").status, 401);
        QCOMPARE(http("POST", "/v1/certificates/lookup", R"({"idNumber":"11010519491231002X"})", {}).status, 401);
        QCOMPARE(http("GET", "/v1/health", {}, {}).status, 200);
        QCOMPARE(receivedRecords(), 0);
        // ID numbers are never in the server's log.
        QVERIFY(!m_server->log().contains("19491231"));
    }
};

KIOSK_STORAGE_TEST_MAIN(SyncEndToEndTest)
#include "tst_sync_e2e.moc"
