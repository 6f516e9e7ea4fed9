// SPDX-License-Identifier: GPL-3.0-or-later
// Enrollment through the API on a real database (SQLite file, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql): a code works once; a kiosk that lost the answer gets the same
// credential once more with the same code and nonce, within the window only; the server keeps
// only hashes; a revoked station stays revoked through a new code until it is unrevoked.
#include "contractsample.h"
#include "testdatabase.h"

#include "core/wire/enrollrequest.h"
#include "server/apirouter.h"
#include "server/database.h"
#include "server/stationregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using namespace server;

namespace {

const QString kNonceA = QStringLiteral("nonce-of-kiosk-a-0123456789abcdefABCDEF_");
const QString kNonceB = QStringLiteral("nonce-of-kiosk-b-0123456789abcdefABCDEF_");

QByteArray enrollBody(const QString &code, const QString &nonce = {})
{
    return core::wire::EnrollRequest{code, nonce}.toJson();
}

} // namespace

class EnrollmentTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiRouter> m_router;
    QString m_code;

    ApiResponse call(const QString &method, const QString &path, const QByteArray &body = {}, const QString &token = {})
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.remoteAddress = QStringLiteral("127.0.0.1");
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        const ApiResponse response = m_router->handle(r);
        contract::recordResponseSample(method, r.path, response.status, response.body);
        return response;
    }
    ApiResponse enroll(const QString &code, const QString &nonce = {})
    {
        const QByteArray body = enrollBody(code, nonce);
        // What the server accepts is what openapi.yaml says a kiosk sends (tests/contract).
        contract::recordSchemaSample(QStringLiteral("EnrollRequest"), QJsonDocument::fromJson(body).object());
        return call(QStringLiteral("POST"), QStringLiteral("/v1/stations/enroll"), body);
    }
    static QJsonObject json(const ApiResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QString error(const ApiResponse &r) { return json(r).value(QStringLiteral("error")).toString(); }
    int stationStatus(const QString &token) { return call(QStringLiteral("GET"), QStringLiteral("/v1/station"), {}, token).status; }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString problem;
        m_db = Database::open(m_scratch->url(), &problem);
        QVERIFY2(m_db, qPrintable(problem));
        QVERIFY2(m_db->migrate(&problem), qPrintable(problem));
        ServerConfig config;
        config.rateLimitPerSecond = 0;
        m_router = std::make_unique<ApiRouter>(*m_db, config);
        StationRegistry stations(*m_db);
        QVERIFY2(stations.create(QStringLiteral("s1"), QStringLiteral("Station one"), QStringLiteral("north"), &problem),
                 qPrintable(problem));
        const auto code = stations.issueEnrollmentCode(QStringLiteral("s1"), {}, 1);
        QVERIFY(code);
        m_code = *code;
    }
    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void aCodeWorksForOneKioskOnly()
    {
        const ApiResponse first = enroll(m_code, kNonceA);
        QCOMPARE(first.status, 200);
        QCOMPARE(json(first).value("stationId").toString(), QStringLiteral("s1"));
        // Another kiosk (another nonce), or an old kiosk without one: the code is spent.
        const ApiResponse other = enroll(m_code, kNonceB);
        QCOMPARE(other.status, 403);
        QCOMPARE(error(other), QStringLiteral("enrollment_refused"));
        QCOMPARE(enroll(m_code).status, 403);
        QCOMPARE(stationStatus(json(first).value("token").toString()), 200);
    }

    void aLostAnswerIsRetriedWithTheSameNonceOnce()
    {
        const ApiResponse lost = enroll(m_code, kNonceA);
        QCOMPARE(lost.status, 200);
        // The kiosk never saw that answer and sends the same request again, as people type it.
        const ApiResponse retry = enroll(m_code.toLower().remove(u'-'), kNonceA);
        QCOMPARE(retry.status, 200);
        QCOMPARE(json(retry), json(lost)); // same station, token and cache key
        QCOMPARE(stationStatus(json(retry).value("token").toString()), 200);
        // Once only: a third time is refused, and the credential it gave keeps working.
        const ApiResponse third = enroll(m_code, kNonceA);
        QCOMPARE(third.status, 403);
        QCOMPARE(error(third), QStringLiteral("enrollment_refused"));
        QCOMPARE(stationStatus(json(lost).value("token").toString()), 200);
    }

    void anotherNonceCannotTakeTheRetry()
    {
        const ApiResponse first = enroll(m_code, kNonceA);
        QCOMPARE(first.status, 200);
        // Whoever saw the paper code but not the kiosk's nonce gets nothing.
        QCOMPARE(enroll(m_code, kNonceB).status, 403);
        // ...and did not use up the kiosk's own retry.
        const ApiResponse retry = enroll(m_code, kNonceA);
        QCOMPARE(retry.status, 200);
        QCOMPARE(json(retry).value("token"), json(first).value("token"));
    }

    void theRetryWindowCloses()
    {
        QCOMPARE(enroll(m_code, kNonceA).status, 200);
        // Eleven minutes later (the window is ten).
        QVERIFY(m_db->exec(QStringLiteral("UPDATE stations SET spent_at = spent_at - ? WHERE id = 's1'"),
                           {StationRegistry::retryWindowMs + 60 * 1000}));
        const ApiResponse late = enroll(m_code, kNonceA);
        QCOMPARE(late.status, 403);
        QCOMPARE(error(late), QStringLiteral("enrollment_refused"));
    }

    void noRetryOnceTheStationEnrolledAgain()
    {
        const ApiResponse first = enroll(m_code, kNonceA);
        QCOMPARE(first.status, 200);
        const auto next = StationRegistry(*m_db).issueEnrollmentCode(QStringLiteral("s1"), {}, 1);
        QVERIFY(next);
        const ApiResponse second = enroll(*next, kNonceB);
        QCOMPARE(second.status, 200);
        QCOMPARE(stationStatus(json(first).value("token").toString()), 401);
        // The old code's retry would bring back a token that was replaced: refused.
        QCOMPARE(enroll(m_code, kNonceA).status, 403);
        QCOMPARE(stationStatus(json(second).value("token").toString()), 200);
    }

    void aKioskWithoutNonceEnrollsButCannotRetry()
    {
        const ApiResponse first = enroll(m_code);
        QCOMPARE(first.status, 200);
        QCOMPARE(enroll(m_code).status, 403);
        QCOMPARE(stationStatus(json(first).value("token").toString()), 200);
    }

    void theServerKeepsOnlyHashes()
    {
        const ApiResponse first = enroll(m_code, kNonceA);
        QCOMPARE(first.status, 200);
        const QString token = json(first).value("token").toString();
        auto row = m_db->exec(QStringLiteral("SELECT * FROM stations WHERE id = 's1'"));
        QVERIFY(row && row->next());
        const QStringList secrets{token, kNonceA, m_code, m_code.toUpper().remove(u'-')};
        for (int i = 0; i < row->record().count(); ++i) {
            const QString value = row->value(i).toString();
            for (const QString &secret : secrets)
                QVERIFY2(!value.contains(secret), qPrintable(QStringLiteral("column %1 holds a secret in plain")
                                                                 .arg(row->record().fieldName(i))));
        }
    }

    void badNoncesAreRefusedWithTheField()
    {
        const QList<QByteArray> bodies{
            enrollBody(m_code, QStringLiteral("short")),
            enrollBody(m_code, QStringLiteral("has spaces and other things, 0123456789 0123456789")),
            enrollBody(m_code, QString(129, u'a')),
            QJsonDocument(QJsonObject{{QStringLiteral("enrollmentCode"), m_code},
                                      {QStringLiteral("clientNonce"), 1234567890123456789.0}})
                .toJson(),
        };
        for (const QByteArray &body : bodies) {
            const ApiResponse r = call(QStringLiteral("POST"), QStringLiteral("/v1/stations/enroll"), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(json(r).value("field").toString(), QStringLiteral("clientNonce"));
        }
        // Nothing was spent by the refused requests.
        QCOMPARE(enroll(m_code, kNonceA).status, 200);
    }

    void aRevokedStationStaysRevokedUntilUnrevoked()
    {
        StationRegistry stations(*m_db);
        const ApiResponse first = enroll(m_code, kNonceA);
        QCOMPARE(first.status, 200);
        const QString oldToken = json(first).value("token").toString();
        QVERIFY(stations.revoke(QStringLiteral("s1")));
        // The kiosk that lost its answer cannot get the credential back now either.
        const ApiResponse retry = enroll(m_code, kNonceA);
        QCOMPARE(retry.status, 403);
        QCOMPARE(error(retry), QStringLiteral("station_revoked"));

        // A new code does not undo the revocation.
        const auto code = stations.issueEnrollmentCode(QStringLiteral("s1"), {}, 1);
        QVERIFY(code);
        QCOMPARE(stationStatus(oldToken), 403);
        const ApiResponse refused = enroll(*code, kNonceB);
        QCOMPARE(refused.status, 403);
        QCOMPARE(error(refused), QStringLiteral("station_revoked"));
        QVERIFY(json(refused).value("message").toString().contains(QStringLiteral("withdrawn")));
        QVERIFY(stations.info(QStringLiteral("s1"))->revoked);

        QCOMPARE(stations.unrevoke(QStringLiteral("s1")), StationRegistry::UnrevokeOutcome::Unrevoked);
        QCOMPARE(stations.unrevoke(QStringLiteral("s1")), StationRegistry::UnrevokeOutcome::NotRevoked);
        QCOMPARE(stations.unrevoke(QStringLiteral("nobody")), StationRegistry::UnrevokeOutcome::Unknown);
        // The revoked credential stays withdrawn; the code issued meanwhile now works.
        QCOMPARE(stationStatus(oldToken), 401);
        const ApiResponse back = enroll(*code, kNonceB);
        QCOMPARE(back.status, 200);
        QCOMPARE(stationStatus(json(back).value("token").toString()), 200);
    }
};

KIOSK_STORAGE_TEST_MAIN(EnrollmentTest)
#include "tst_enrollment.moc"
