// SPDX-License-Identifier: GPL-3.0-or-later
// A kiosk whose enrollment answer is lost is not locked out: a real kiosk-server process behind
// a loopback relay that lets the request through but drops the server's answer. The kiosk kept
// its nonce (0600, beside the credential) before sending; its retry sends the same nonce and
// gets the credential the server made for the lost answer; the nonce file is then deleted.
#include "contractsample.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include "core/wire/enrollrequest.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/syncclient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using kiosksync::CredentialFile;
using kiosksync::SyncClient;
using kiosksync::SyncSettings;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

/// Relays loopback connections to the server. While `dropAnswers` is set, the request reaches
/// the server but its answer goes nowhere.
class LossyRelay : public QObject
{
public:
    explicit LossyRelay(quint16 upstream) : m_upstream(upstream)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &LossyRelay::accept);
        m_listener.listen(QHostAddress::LocalHost);
    }
    [[nodiscard]] quint16 port() const { return m_listener.serverPort(); }

    bool dropAnswers = false;
    int answersDropped = 0;
    QStringList enrollNonces; ///< the clientNonce of every enroll request relayed

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            server->connectToHost(QHostAddress::LocalHost, m_upstream);
            const bool drop = dropAnswers;
            connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
                const QByteArray data = client->readAll();
                static const QRegularExpression nonce(QStringLiteral("\"clientNonce\":\"([A-Za-z0-9_-]+)\""));
                if (data.contains("/v1/stations/enroll")) {
                    m_enrollRequest = true;
                }
                if (m_enrollRequest) {
                    m_enrollBytes += data;
                    const auto m = nonce.match(QString::fromLatin1(m_enrollBytes));
                    if (m.hasMatch()) {
                        enrollNonces.append(m.captured(1));
                        // The kiosk's real request body, checked against openapi.yaml (tests/contract).
                        const qsizetype bodyAt = m_enrollBytes.indexOf("\r\n\r\n");
                        if (bodyAt >= 0)
                            contract::recordSchemaSample(QStringLiteral("EnrollRequest"),
                                                         QJsonDocument::fromJson(m_enrollBytes.mid(bodyAt + 4)).object());
                        m_enrollRequest = false;
                        m_enrollBytes.clear();
                    }
                }
                server->write(data);
            });
            connect(server, &QTcpSocket::readyRead, client, [this, client, server, drop] {
                const QByteArray answer = server->readAll();
                if (drop) {
                    // The server answered; the kiosk never hears it and gives up at its time-out.
                    // (Cutting the connection instead would make Qt send the POST again at once.)
                    ++answersDropped;
                    server->disconnect(); // once per answer, however it arrives
                    return;
                }
                client->write(answer);
            });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_listener;
    quint16 m_upstream;
    bool m_enrollRequest = false;
    QByteArray m_enrollBytes;
};

} // namespace

class SyncEnrollRetryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_kioskDir;

    SyncSettings settings(quint16 port) const
    {
        SyncSettings s;
        s.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        s.storePath = m_kioskDir->filePath(QStringLiteral("kiosk.db"));
        s.credentialPath = m_kioskDir->filePath(QStringLiteral("config/station.credential"));
        s.enrollmentCode = QStringLiteral("CODE-ONE");
        s.intervalMs = 3600 * 1000;
        s.minBackoffMs = 50;
        s.maxBackoffMs = 200;
        s.requestTimeoutMs = 10000;
        return s;
    }
    /// Starts the client and waits for its first round (which it starts by itself); its outcome.
    static std::optional<bool> firstRound(SyncClient &client)
    {
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        client.start();
        if (!spy.wait(20000))
            return std::nullopt;
        return spy.first().at(0).toBool();
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QString out;
        QCOMPARE(m_server->admin({"station-create", "--station-id", "st1", "--name", "One", "--enrollment-code", "CODE-ONE"}, &out), 0);
        QVERIFY(m_server->start());
        m_kioskDir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_server.reset();
        m_kioskDir.reset();
        m_scratch.reset();
    }

    void aLostEnrollAnswerIsRetriedWithTheSameNonce()
    {
        LossyRelay relay(m_server->port());
        QVERIFY(relay.port() != 0);
        const SyncSettings s = settings(relay.port());
        const QString noncePath = CredentialFile::noncePath(s.effectiveCredentialPath());

        relay.dropAnswers = true;
        {
            SyncSettings patient = s;
            patient.minBackoffMs = patient.maxBackoffMs = 600000; // no second attempt in this life
            patient.requestTimeoutMs = 1500;
            SyncClient client(patient);
            // The first round's request reached the server, which spent the code.
            const auto lost = firstRound(client);
            QVERIFY(lost.has_value());
            QCOMPARE(*lost, false);
            QVERIFY(!client.enrolled());
        } // the kiosk is even restarted before it tries again
        QCOMPARE(relay.enrollNonces.size(), 1);
        QCOMPARE(relay.answersDropped, 1);
        QVERIFY(core::wire::EnrollRequest::isValidNonce(relay.enrollNonces.first()));
        QVERIFY(!QFileInfo::exists(s.effectiveCredentialPath()));
        QCOMPARE(modeOf(noncePath), 0600);

        relay.dropAnswers = false;
        SyncClient client(s);
        const auto retried = firstRound(client);
        QVERIFY(retried.has_value());
        QVERIFY2(*retried, qPrintable(client.lastError()));
        QVERIFY(client.enrolled());
        QCOMPARE(relay.enrollNonces.size(), 2);
        QCOMPARE(relay.enrollNonces.at(1), relay.enrollNonces.at(0));
        // The credential is kept and works (the round pushed and pulled with it); the nonce is gone.
        QVERIFY(CredentialFile::read(s.effectiveCredentialPath()).has_value());
        QVERIFY(!QFileInfo::exists(noncePath));
    }
};

KIOSK_STORAGE_TEST_MAIN(SyncEnrollRetryTest)
#include "tst_sync_enroll_retry.moc"
