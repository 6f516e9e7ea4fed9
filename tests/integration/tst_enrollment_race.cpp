// SPDX-License-Identifier: GPL-3.0-or-later
// Enrollment across two real kiosk-server processes on one database (PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql, else one SQLite file), over HTTP on loopback: the same one-time
// code sent to both at once is answered 200 by exactly one and its token works on both; a kiosk
// that lost its answer retries on the other server and gets the same token, once; a revoked
// station stays revoked through station-code until station-unrevoke.
#include "serverprocess.h"
#include "testdatabase.h"

#include "core/wire/enrollrequest.h"
#include "server/database.h"
#include "server/stationregistry.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
};

/// A nonce as a kiosk makes one: 32 random bytes, base64url.
QString freshNonce()
{
    return QString::fromLatin1((QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class EnrollmentRaceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<server::Database> m_db;
    QNetworkAccessManager m_network;

    QNetworkReply *post(const ServerProcess &server, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(QUrl(server.baseUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(20000);
        return m_network.post(request, body);
    }
    static Answer answerOf(QNetworkReply *reply)
    {
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }
    static bool waitFor(const QList<QNetworkReply *> &replies)
    {
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }))
                return true;
            QTest::qWait(2);
        }
        return false;
    }
    Answer enroll(const ServerProcess &server, const QString &code, const QString &nonce)
    {
        QNetworkReply *reply = post(server, QStringLiteral("/v1/stations/enroll"), core::wire::EnrollRequest{code, nonce}.toJson());
        if (!waitFor({reply}))
            return {};
        return answerOf(reply);
    }
    int stationStatus(const ServerProcess &server, const QString &token)
    {
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/v1/station")));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_network.get(request);
        if (!waitFor({reply}))
            return 0;
        return answerOf(reply).status;
    }
    QString newCode(const QString &station)
    {
        const auto code = server::StationRegistry(*m_db).issueEnrollmentCode(station, {}, 1);
        return code.value_or(QString());
    }

private slots:
    void initTestCase()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_first = std::make_unique<ServerProcess>(m_scratch->urlText());
        m_second = std::make_unique<ServerProcess>(m_scratch->urlText());
        QString out;
        QCOMPARE(m_first->admin({"station-create", "--station-id", "race", "--name", "Race station"}, &out), 0);
        QCOMPARE(m_first->admin({"station-create", "--station-id", "lost", "--name", "Lost answer station"}, &out), 0);
        QCOMPARE(m_first->admin({"station-create", "--station-id", "gone", "--name", "Revoked station"}, &out), 0);
        QVERIFY(m_first->start());
        QVERIFY(m_second->start());
        QString error;
        m_db = server::Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_first.reset();
        m_second.reset();
        m_scratch.reset();
    }

    void oneCodeSentToTwoServersAtOnceIsAnsweredOnce()
    {
        constexpr int rounds = 100;
        int held = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString code = newCode(QStringLiteral("race"));
            QVERIFY(!code.isEmpty());
            // Two kiosks (two nonces) with the same code, one at each server, sent together.
            QNetworkReply *a = post(*m_first, QStringLiteral("/v1/stations/enroll"),
                                    core::wire::EnrollRequest{code, freshNonce()}.toJson());
            QNetworkReply *b = post(*m_second, QStringLiteral("/v1/stations/enroll"),
                                    core::wire::EnrollRequest{code, freshNonce()}.toJson());
            QVERIFY(waitFor({a, b}));
            const Answer first = answerOf(a);
            const Answer second = answerOf(b);
            const int wins = (first.status == 200 ? 1 : 0) + (second.status == 200 ? 1 : 0);
            QVERIFY2(wins == 1, qPrintable(QStringLiteral("round %1: answers %2 and %3 to one code")
                                               .arg(round).arg(first.status).arg(second.status)));
            const Answer &winner = first.status == 200 ? first : second;
            const Answer &loser = first.status == 200 ? second : first;
            QCOMPARE(loser.status, 403);
            QCOMPARE(loser.body.value("error").toString(), QStringLiteral("enrollment_refused"));
            // The token that was handed out works, on either server: no kiosk holds a dead one.
            const QString token = winner.body.value("token").toString();
            QCOMPARE(stationStatus(*m_first, token), 200);
            QCOMPARE(stationStatus(*m_second, token), 200);
            ++held;
        }
        qInfo("held %d/%d rounds: exactly one 200 per code, its token working on both servers", held, rounds);
    }

    void aLostAnswerIsRetriedOnTheOtherServer()
    {
        const QString code = newCode(QStringLiteral("lost"));
        const QString nonce = freshNonce();
        const Answer lost = enroll(*m_first, code, nonce);
        QCOMPARE(lost.status, 200);
        // The kiosk never saw it; behind a balancer its retry lands on the other process.
        const Answer retry = enroll(*m_second, code, nonce);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, lost.body);
        QCOMPARE(stationStatus(*m_first, retry.body.value("token").toString()), 200);
        QCOMPARE(enroll(*m_first, code, nonce).status, 403);
        QCOMPARE(enroll(*m_second, code, freshNonce()).status, 403);
    }

    void aRevokedStationStaysRevokedUntilUnrevoked()
    {
        const Answer first = enroll(*m_first, newCode(QStringLiteral("gone")), freshNonce());
        QCOMPARE(first.status, 200);
        const QString oldToken = first.body.value("token").toString();
        QString out;
        QCOMPARE(m_first->admin({"station-revoke", "--station-id", "gone"}, &out), 0);
        QCOMPARE(m_first->admin({"station-code", "--station-id", "gone"}, &out), 0);
        const qsizetype at = out.indexOf(QStringLiteral("enrollment code: "));
        QVERIFY2(at >= 0, qPrintable(out));
        const QString code = out.mid(at + 17, 19);
        QCOMPARE(stationStatus(*m_second, oldToken), 403);
        const Answer refused = enroll(*m_second, code, freshNonce());
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.body.value("error").toString(), QStringLiteral("station_revoked"));

        QCOMPARE(m_first->admin({"station-unrevoke", "--station-id", "gone"}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("no longer revoked")), qPrintable(out));
        QCOMPARE(m_first->admin({"station-unrevoke", "--station-id", "gone"}, &out), 1);
        QCOMPARE(stationStatus(*m_second, oldToken), 401); // the revoked credential stays withdrawn
        const Answer back = enroll(*m_second, code, freshNonce());
        QCOMPARE(back.status, 200);
        QCOMPARE(stationStatus(*m_first, back.body.value("token").toString()), 200);
    }
};

KIOSK_STORAGE_TEST_MAIN(EnrollmentRaceTest)
#include "tst_enrollment_race.moc"
