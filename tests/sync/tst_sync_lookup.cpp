// SPDX-License-Identifier: GPL-3.0-or-later
// The online certificate look-up against a real kiosk-server process: asked from the GUI
// thread, answered on it within 3 s, a found row cached without moving the change feed, and
// every way of getting no answer reported as "unreachable".
#include "serverprocess.h"
#include "testdatabase.h"

#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/syncclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;
using Outcome = SyncClient::LookupOutcome;

namespace {

// The demo's resident of another district: on the server, not in this station's feed.
const QString kResident = QStringLiteral("120103197208150037");
const QString kNobody = QStringLiteral("110101199003071233");

QStringList g_kioskLog;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_kioskLog.append(message);
}

} // namespace

class SyncLookupTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_kioskDir;

    SyncSettings settings(const QString &url) const
    {
        SyncSettings s;
        s.serverUrl = QUrl(url);
        s.storePath = m_kioskDir->filePath(QStringLiteral("kiosk.db"));
        s.credentialPath = m_kioskDir->filePath(QStringLiteral("config/station.credential"));
        s.enrollmentCode = QStringLiteral("CODE-ONE");
        s.intervalMs = 3600 * 1000;
        s.minBackoffMs = 50;
        s.maxBackoffMs = 200;
        s.requestTimeoutMs = 30000; // the look-up's own 3 s deadline must still hold
        return s;
    }

    bool startServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        return m_server->start(0, extra);
    }

    static bool syncUntilOk(SyncClient &client)
    {
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        QDeadlineTimer deadline(30000);
        client.syncNow();
        while (!deadline.hasExpired()) {
            if (!spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
            if (spy.last().at(0).toBool())
                return true;
        }
        return false;
    }

    /// Asks and waits; the outcome, or -1 when none came within `withinMs`.
    static int ask(SyncClient &client, const QString &idNumber, qint64 *elapsedMs = nullptr, int withinMs = 3500)
    {
        QSignalSpy finished(&client, &SyncClient::certificateLookupFinished);
        QElapsedTimer timer;
        timer.start();
        client.lookupCertificate(idNumber);
        const qint64 returnedAfter = timer.elapsed();
        if (returnedAfter > 500 || !finished.wait(withinMs) || finished.size() != 1)
            return -1;
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return finished.first().at(0).toInt();
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QString out;
        QCOMPARE(m_server->admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}, &out), 0);
        m_kioskDir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_server.reset();
        m_kioskDir.reset();
        m_scratch.reset();
    }

    void aServerOnlyCertificateIsFoundCachedAndTheFeedStaysPut()
    {
        QVERIFY(startServer());
        SyncClient client(settings(m_server->baseUrl()));
        client.start();
        QVERIFY(syncUntilOk(client));
        store::Database db(settings({}).storePath);
        QVERIFY(db.open().ok());
        store::Store keyed(db, client.stationSecret());
        QVERIFY(!keyed.certificates().lookupCertificate(kResident).value().has_value());
        const QString cursor = store::SyncQueue(db).status().value().cursor;
        QVERIFY(!cursor.isEmpty());

        // The answer is delivered on the GUI thread, where the page waits for it.
        bool onGuiThread = false;
        connect(&client, &SyncClient::certificateLookupFinished, this,
                [&] { onGuiThread = QThread::currentThread() == thread(); });
        g_kioskLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        qint64 took = 0;
        const int outcome = ask(client, kResident, &took);
        qInstallMessageHandler(previous);
        QCOMPARE(outcome, int(Outcome::Found));
        QVERIFY(onGuiThread);
        QVERIFY2(took < 3000, qPrintable(QString::number(took)));

        const auto cached = keyed.certificates().lookupCertificate(kResident);
        QVERIFY(cached.ok() && cached->has_value());
        QCOMPARE(cached->value().maskedId, QStringLiteral("120103********0037"));
        QCOMPARE(cached->value().state, core::CertificateState::ReadyForPickup);
        QCOMPARE(cached->value().validUntil, QDate(2031, 9, 30));
        QCOMPARE(store::SyncQueue(db).status().value().cursor, cursor);

        // The number travelled in the body only: not in the server's access log (paths), not in
        // the kiosk's log.
        client.stop();
        const QByteArray serverLog = m_server->log();
        QVERIFY(serverLog.contains("/v1/certificates/lookup"));
        QVERIFY(!serverLog.contains(kResident.toLatin1()) && !serverLog.contains("19720815"));
        for (const QString &line : g_kioskLog)
            QVERIFY2(!line.contains(kResident) && !line.contains(u"19720815"), qPrintable(line));
    }

    void aNumberTheServerDoesNotKnowIsNotFound()
    {
        QVERIFY(startServer());
        SyncClient client(settings(m_server->baseUrl()));
        client.start();
        QVERIFY(syncUntilOk(client));
        QCOMPARE(ask(client, kNobody), int(Outcome::NotFound));
        store::Database db(settings({}).storePath);
        QVERIFY(db.open().ok());
        QVERIFY(!store::Store(db, client.stationSecret()).certificates().lookupCertificate(kNobody).value().has_value());
        client.stop();
    }

    void noAnswerIsUnreachable()
    {
        // Not enrolled: nothing is asked.
        {
            SyncSettings none = settings(QStringLiteral("http://127.0.0.1:9"));
            SyncClient client(none);
            client.start();
            QCOMPARE(ask(client, kResident), int(Outcome::Unreachable));
            client.stop();
        }
        // Not even started (a kiosk without a server).
        {
            SyncClient client(settings({}));
            QCOMPARE(ask(client, kResident), int(Outcome::Unreachable));
        }
        // Too many look-ups (429), then the server gone (network error).
        QVERIFY(startServer({"--lookup-rate", "1", "--lookup-burst", "1"}));
        SyncClient client(settings(m_server->baseUrl()));
        client.start();
        QVERIFY(syncUntilOk(client));
        QCOMPARE(ask(client, kNobody), int(Outcome::NotFound));
        QCOMPARE(ask(client, kResident), int(Outcome::Unreachable));
        m_server->kill();
        QCOMPARE(ask(client, kResident), int(Outcome::Unreachable));
        client.stop();
    }

    void aServerThatDoesNotAnswerIsUnreachableWithinThreeSeconds()
    {
        // Enrolled with a server that accepts the connection and then says nothing.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        SyncSettings s = settings(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        QVERIFY(kiosksync::CredentialFile::write(s.credentialPath, {"st1", "token", "cache-key"}));
        SyncClient client(s);
        client.start();
        qint64 took = 0;
        QCOMPARE(ask(client, kResident, &took, 5000), int(Outcome::Unreachable));
        QVERIFY2(took >= 2500 && took <= 4500, qPrintable(QString::number(took)));
        client.stop();
    }
};

KIOSK_STORAGE_TEST_MAIN(SyncLookupTest)
#include "tst_sync_lookup.moc"
