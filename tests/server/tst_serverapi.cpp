// SPDX-License-Identifier: GPL-3.0-or-later
// The API v1 in-process against a real database (SQLite, or PostgreSQL with KIOSK_TEST_ENGINE=postgresql):
// enrollment, authentication, push idempotency, the change feed, isolation between stations,
// limits and bad input.
#include "contractsample.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/certificateregistry.h"
#include "server/database.h"
#include "server/migrations.h"
#include "server/recordstore.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject item(const QString &id, const QString &kind = QStringLiteral("volunteer_request"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("createdAt"), QStringLiteral("2026-07-06T09:00:00+08:00")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("helpType"), QStringLiteral("accompany_to_hospital")}}}};
}

QByteArray batch(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

} // namespace

class ServerApiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiRouter> m_router;
    QString m_tokenA;
    QString m_tokenB;

    ApiResponse call(const QString &method, const QString &path, const QByteArray &body = {}, const QString &token = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return callOn(*m_router, method, path, body, token, headers);
    }
    static ApiResponse callOn(ApiRouter &router, const QString &method, const QString &pathAndQuery,
                              const QByteArray &body = {}, const QString &token = {},
                              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        ApiRequest r;
        r.method = method;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        r.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
        if (q >= 0)
            r.query = QUrlQuery(pathAndQuery.mid(q + 1));
        r.body = body;
        r.remoteAddress = QStringLiteral("127.0.0.1");
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        for (const auto &h : headers)
            r.headers.insert(h.first, h.second);
        // Stands for what the HTTP layer sets after it found the proxy's shared secret.
        r.fromTrustedProxy = r.headers.contains("x-kiosk-proxy-secret");
        const ApiResponse response = router.handle(r);
        // Every body this test receives is checked against openapi.yaml (tests/contract).
        contract::recordResponseSample(method, r.path, response.status, response.body);
        return response;
    }
    static QJsonObject json(const ApiResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    qint64 count(const QString &table)
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    QString enroll(const QString &station)
    {
        StationRegistry stations(*m_db);
        QString problem;
        if (!stations.create(station, station + QStringLiteral(" station"), QStringLiteral("test"), &problem))
            return {};
        const auto code = stations.issueEnrollmentCode(station, {}, 1);
        const ApiResponse r = call(QStringLiteral("POST"), QStringLiteral("/v1/stations/enroll"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("enrollmentCode"), code.value_or(QString())}}).toJson());
        return json(r).value(QStringLiteral("token")).toString();
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_db->migrate(&error), qPrintable(error));
        ServerConfig config;
        config.rateLimitPerSecond = 0; // the rate-limit tests make their own router
        config.lookupsPerMinute = 0;
        m_router = std::make_unique<ApiRouter>(*m_db, config);
        m_tokenA = enroll(QStringLiteral("station-a"));
        m_tokenB = enroll(QStringLiteral("station-b"));
        QVERIFY(!m_tokenA.isEmpty());
        QVERIFY(!m_tokenB.isEmpty());
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void migrationsAreIdempotent()
    {
        QString error;
        QVERIFY(m_db->migrate(&error));
        QCOMPARE(m_db->schemaVersion(), int(Migrations::steps(m_db->engine()).size()));
    }

    void enrollmentCodeWorksOnceAndOnlyWhenKnown()
    {
        StationRegistry stations(*m_db);
        QString problem;
        QVERIFY(stations.create(QStringLiteral("station-c"), QStringLiteral("C"), {}, &problem));
        QVERIFY(stations.issueEnrollmentCode(QStringLiteral("station-c"), QStringLiteral("abcd-efgh"), 1));
        const QByteArray wrong = R"({"enrollmentCode":"ABCD-EFGX"})";
        QCOMPARE(call("POST", "/v1/stations/enroll", wrong).status, 403);
        // Codes compare without case and dashes, as people type them.
        const QByteArray right = R"({"enrollmentCode":"ABCDEFGH"})";
        const ApiResponse ok = call("POST", "/v1/stations/enroll", right);
        QCOMPARE(ok.status, 200);
        QCOMPARE(json(ok).value("stationId").toString(), QStringLiteral("station-c"));
        QVERIFY(!json(ok).value("cacheKey").toString().isEmpty());
        QCOMPARE(call("POST", "/v1/stations/enroll", right).status, 403);
        // The token is stored hashed only.
        const QString token = json(ok).value("token").toString();
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM stations WHERE token_hash = ?", {token}).toInt(), 0);
        QCOMPARE(call("GET", "/v1/station", {}, token).status, 200);
    }

    void everyStationRouteNeedsAValidCredential()
    {
        for (const auto &route : ApiRouter::routes()) {
            if (!route.authenticated)
                continue;
            const QString path = QString(route.pattern).replace(QStringLiteral("{id}"), newId());
            QCOMPARE(call(route.method, path, batch({item(newId())})).status, 401);
            QCOMPARE(call(route.method, path, batch({item(newId())}), QStringLiteral("not-a-token")).status, 401);
        }
        QCOMPARE(count("records"), 0);
    }

    void revokedStationIsRefusedAndNothingStored()
    {
        StationRegistry stations(*m_db);
        QVERIFY(stations.revoke(QStringLiteral("station-a")));
        const ApiResponse r = call("POST", "/v1/sync/push", batch({item(newId())}), m_tokenA);
        QCOMPARE(r.status, 403);
        QCOMPARE(json(r).value("error").toString(), QStringLiteral("station_revoked"));
        QCOMPARE(count("records"), 0);
        QCOMPARE(call("GET", "/v1/sync/changes", {}, m_tokenB).status, 200);
    }

    void pushIsIdempotentPerItem()
    {
        const QString a = newId(), b = newId(), c = newId();
        const ApiResponse first = call("POST", "/v1/sync/push", batch({item(a), item(b), item(c, "teleport")}), m_tokenA);
        QCOMPARE(first.status, 200);
        const QJsonArray results = json(first).value("results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value("result").toString(), QStringLiteral("accepted"));
        QCOMPARE(results.at(1).toObject().value("result").toString(), QStringLiteral("accepted"));
        QCOMPARE(results.at(2).toObject().value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(results.at(2).toObject().value("reason").toString().contains("teleport"));
        QCOMPARE(count("records"), 2);

        // The same batch again, as after a lost reply: nothing new, all acknowledged.
        const ApiResponse again = call("POST", "/v1/sync/push", batch({item(a), item(b)}), m_tokenA);
        const QJsonArray second = json(again).value("results").toArray();
        QCOMPARE(second.at(0).toObject().value("result").toString(), QStringLiteral("duplicate"));
        QCOMPARE(second.at(1).toObject().value("result").toString(), QStringLiteral("duplicate"));
        QCOMPARE(count("records"), 2);

        // Another station cannot claim the id.
        const ApiResponse other = call("POST", "/v1/sync/push", batch({item(a)}), m_tokenB);
        QCOMPARE(json(other).value("results").toArray().at(0).toObject().value("result").toString(), QStringLiteral("rejected"));
        QCOMPARE(m_db->scalar("SELECT station_id FROM records WHERE id = ?", {a}).toString(), QStringLiteral("station-a"));
    }

    void badInputGetsA400NamingTheFieldAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"items\": [") << QString();
        QTest::newRow("array body") << QByteArray("[1,2]") << QString();
        QTest::newRow("no items") << QByteArray("{}") << QStringLiteral("items");
        QTest::newRow("items a string") << QByteArray(R"({"items":"x"})") << QStringLiteral("items");
        QTest::newRow("empty items") << QByteArray(R"({"items":[]})") << QStringLiteral("items");
        const QString good = QString::fromUtf8(QJsonDocument(item(newId())).toJson(QJsonDocument::Compact));
        QTest::newRow("id a number") << QStringLiteral(R"({"items":[%1,{"id":5,"kind":"rating","payload":{}}]})").arg(good).toUtf8()
                                     << QStringLiteral("items[1].id");
        QTest::newRow("id not a uuid") << QByteArray(R"({"items":[{"id":"1234","kind":"rating","payload":{}}]})")
                                       << QStringLiteral("items[0].id");
        QTest::newRow("kind missing") << QStringLiteral(R"({"items":[{"id":"%1","payload":{}}]})").arg(newId()).toUtf8()
                                      << QStringLiteral("items[0].kind");
        QTest::newRow("payload a list") << QStringLiteral(R"({"items":[{"id":"%1","kind":"rating","payload":[]}]})").arg(newId()).toUtf8()
                                        << QStringLiteral("items[0].payload");
        QTest::newRow("backlog negative") << QStringLiteral(R"({"items":[%1],"backlog":-1})").arg(good).toUtf8()
                                          << QStringLiteral("backlog");
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(item(newId()));
        QTest::newRow("too many items") << batch(many) << QStringLiteral("items");
    }

    void badInputGetsA400NamingTheFieldAndStoresNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const ApiResponse r = call("POST", "/v1/sync/push", body, m_tokenA);
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r).value("field").toString(), field);
        QVERIFY(!json(r).value("message").toString().isEmpty());
        QCOMPARE(count("records"), 0);
        QCOMPARE(call("GET", "/v1/health").status, 200);
    }

    void otherRoutesValidateTheirInput()
    {
        QCOMPARE(json(call("GET", "/v1/sync/changes?since=abc", {}, m_tokenA)).value("field").toString(), QStringLiteral("since"));
        QCOMPARE(json(call("GET", "/v1/sync/changes?since=-4", {}, m_tokenA)).value("field").toString(), QStringLiteral("since"));
        QCOMPARE(json(call("GET", "/v1/sync/changes?limit=0", {}, m_tokenA)).value("field").toString(), QStringLiteral("limit"));
        QCOMPARE(json(call("GET", "/v1/sync/changes?limit=5000", {}, m_tokenA)).value("field").toString(), QStringLiteral("limit"));
        QCOMPARE(json(call("GET", "/v1/records/not-a-uuid", {}, m_tokenA)).value("field").toString(), QStringLiteral("id"));
        QCOMPARE(json(call("POST", "/v1/certificates/lookup", R"({"idNumber":12})", m_tokenA)).value("field").toString(), QStringLiteral("idNumber"));
        QCOMPARE(json(call("POST", "/v1/certificates/lookup", R"({"idNumber":"110105194912310021"})", m_tokenA)).value("field").toString(), QStringLiteral("idNumber"));
        QCOMPARE(call("POST", "/v1/certificates/lookup", "nonsense", m_tokenA).status, 400);
        QCOMPARE(json(call("POST", "/v1/stations/enroll", R"({"enrollmentCode":7})")).value("field").toString(), QStringLiteral("enrollmentCode"));
        QCOMPARE(call("GET", "/v1/nowhere").status, 404);
        QCOMPARE(call("DELETE", "/v1/sync/push", {}, m_tokenA).status, 405);
    }

    void oversizedBodyIsRefused()
    {
        QJsonArray items;
        QJsonObject big = item(newId());
        big.insert("payload", QJsonObject{{"note", QString(600 * 1024, u'x')}});
        items.append(big);
        items.append(big);
        const ApiResponse r = call("POST", "/v1/sync/push", batch(items), m_tokenA);
        QCOMPARE(r.status, 413);
        QCOMPARE(count("records"), 0);
        // A payload under the body cap but over the per-record cap parks that item only.
        QJsonObject large = item(newId());
        large.insert("payload", QJsonObject{{"note", QString(20 * 1024, u'x')}});
        const QString small = newId();
        const ApiResponse mixed = call("POST", "/v1/sync/push", batch({large, item(small)}), m_tokenA);
        QCOMPARE(mixed.status, 200);
        QCOMPARE(json(mixed).value("results").toArray().at(0).toObject().value("result").toString(), QStringLiteral("rejected"));
        QCOMPARE(count("records"), 1);
    }

    void stationSeesOnlyItsOwnData()
    {
        const QString mine = newId();
        QCOMPARE(call("POST", "/v1/sync/push", batch({item(mine)}), m_tokenA).status, 200);
        QCOMPARE(call("GET", "/v1/records/" + mine, {}, m_tokenA).status, 200);
        QCOMPARE(json(call("GET", "/v1/records/" + mine, {}, m_tokenA)).value("status").toString(), QStringLiteral("submitted"));
        QCOMPARE(call("GET", "/v1/records/" + mine, {}, m_tokenB).status, 404);

        RecordStore records(*m_db);
        QString problem;
        QVERIFY2(records.setStatus(mine, QStringLiteral("accepted"), &problem), qPrintable(problem));
        const QJsonArray a = json(call("GET", "/v1/sync/changes?since=0", {}, m_tokenA)).value("changes").toArray();
        const QJsonArray b = json(call("GET", "/v1/sync/changes?since=0", {}, m_tokenB)).value("changes").toArray();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.at(0).toObject().value("entity").toString(), QStringLiteral("request_status"));
        QCOMPARE(a.at(0).toObject().value("key").toString(), mine);
        QCOMPARE(a.at(0).toObject().value("data").toObject().value("status").toString(), QStringLiteral("accepted"));
        QCOMPARE(b.size(), 0);
    }

    void changesPageInOrderAndResumeFromTheCursor()
    {
        RecordStore records(*m_db);
        QStringList ids;
        QJsonArray items;
        for (int i = 0; i < 25; ++i) {
            ids.append(newId());
            items.append(item(ids.last()));
        }
        QCOMPARE(call("POST", "/v1/sync/push", batch(items), m_tokenA).status, 200);
        for (const QString &id : ids)
            QVERIFY(records.setStatus(id, QStringLiteral("accepted"), nullptr));
        QString cursor = QStringLiteral("0");
        QStringList seen;
        qint64 lastSeq = 0;
        int pages = 0;
        for (;;) {
            const QJsonObject page = json(call("GET", "/v1/sync/changes?limit=10&since=" + cursor, {}, m_tokenA));
            ++pages;
            for (const QJsonValue &v : page.value("changes").toArray()) {
                const qint64 seq = v.toObject().value("seq").toString().toLongLong();
                QVERIFY(seq > lastSeq);
                lastSeq = seq;
                seen.append(v.toObject().value("key").toString());
            }
            cursor = page.value("cursor").toString();
            if (!page.value("more").toBool())
                break;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, ids);
        QCOMPARE(json(call("GET", "/v1/sync/changes?since=" + cursor, {}, m_tokenA)).value("changes").toArray().size(), 0);
    }

    void certificateLookupAnswersTheFeedsRowKeyedForTheStation()
    {
        CertificateRegistry certificates(*m_db);
        {
            Transaction tx(*m_db);
            CertificateRegistry::Record r{QStringLiteral("11010519491231002X"), QStringLiteral("Zhang San"), 1, 2,
                                          QStringLiteral("ready_for_pickup"), QStringLiteral("2031-06-30"),
                                          QStringLiteral("station-a"), QStringLiteral("2026-06-29"),
                                          QStringLiteral("2026-06-26"), {QStringLiteral("二号窗口"), QStringLiteral("Window 2")}, 3, {}};
            QVERIFY(certificates.upsert(r));
            QVERIFY(tx.commit());
        }
        const QJsonObject found = json(call("POST", "/v1/certificates/lookup", R"({"idNumber":"110105 19491231 002x"})", m_tokenA));
        QCOMPARE(found.value("found").toBool(), true);
        const QJsonObject certificate = found.value("certificate").toObject();
        QCOMPARE(certificate.value("idNumberMasked").toString(), QStringLiteral("110105********002X"));
        QCOMPARE(certificate.value("stateSince").toString(), QStringLiteral("2026-06-29"));
        QCOMPARE(certificate.value("issuedOn").toString(), QStringLiteral("2026-06-26"));
        QCOMPARE(certificate.value("validUntil").toString(), QStringLiteral("2031-06-30"));
        QCOMPARE(certificate.value("pickupPlace").toObject().value("en").toString(), QStringLiteral("Window 2"));
        QCOMPARE(certificate.value("replacement").toInt(), 3);
        // Never the number whole, never the holder's name.
        QVERIFY(!QJsonDocument(found).toJson().contains("19491231"));
        QVERIFY(!QJsonDocument(found).toJson().contains("Zhang"));
        // The feed carries the same row under the same key the lookup gives the station.
        const QJsonArray feed = json(call("GET", "/v1/sync/changes", {}, m_tokenA)).value("changes").toArray();
        QCOMPARE(feed.size(), 1);
        QCOMPARE(feed.at(0).toObject().value("key").toString(), found.value("key").toString());
        QCOMPARE(feed.at(0).toObject().value("data").toObject(), certificate);
        // Station B is not told about A's residents, and gets a different key on lookup.
        QCOMPARE(json(call("GET", "/v1/sync/changes", {}, m_tokenB)).value("changes").toArray().size(), 0);
        const QJsonObject forB = json(call("POST", "/v1/certificates/lookup", R"({"idNumber":"11010519491231002X"})", m_tokenB));
        QCOMPARE(forB.value("key").toString().size(), 64);
        QVERIFY(forB.value("key").toString() != found.value("key").toString());
        const QJsonObject missing = json(call("POST", "/v1/certificates/lookup", R"({"idNumber":"110101199003074477"})", m_tokenA));
        QCOMPARE(missing.value("found").toBool(true), false);
    }

    void aPhoneThatBreaksThePhoneRuleIsRejected()
    {
        QJsonObject bad = item(newId());
        bad.insert("payload", QJsonObject{{"helpType", "home_visit"}, {"phone", "12345"}});
        QJsonObject good = item(newId());
        good.insert("payload", QJsonObject{{"helpType", "home_visit"}, {"phone", "13812345678"}});
        const QJsonArray results = json(call("POST", "/v1/sync/push", batch({bad, good}), m_tokenA)).value("results").toArray();
        QCOMPARE(results.at(0).toObject().value("result").toString(), QStringLiteral("rejected"));
        const QString reason = results.at(0).toObject().value("reason").toString();
        QVERIFY2(reason.startsWith("phone: ") && !reason.contains("12345"), qPrintable(reason));
        QCOMPARE(results.at(1).toObject().value("result").toString(), QStringLiteral("accepted"));
        QCOMPARE(count("records"), 1);
    }

    void rateLimitAnswers429PerStation()
    {
        ServerConfig config;
        config.rateLimitPerSecond = 1;
        config.rateLimitBurst = 3;
        ApiRouter limited(*m_db, config);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(callOn(limited, "GET", "/v1/sync/changes", {}, m_tokenA).status, 200);
        const ApiResponse r = callOn(limited, "GET", "/v1/sync/changes", {}, m_tokenA);
        QCOMPARE(r.status, 429);
        bool hasRetryAfter = false;
        for (const auto &h : r.headers)
            hasRetryAfter |= h.first == "Retry-After" && h.second.toInt() >= 1;
        QVERIFY(hasRetryAfter);
        // Another station is not held back by A.
        QCOMPARE(callOn(limited, "GET", "/v1/sync/changes", {}, m_tokenB).status, 200);
    }

    void proxyHeaderIsTrustedOnlyWhenConfigured()
    {
        const QList<QPair<QByteArray, QByteArray>> asA{{"x-station-id", "station-a"}};
        QCOMPARE(call("GET", "/v1/station", {}, {}, asA).status, 401);
        ServerConfig config;
        config.rateLimitPerSecond = 0;
        config.trustProxyHeader = true;
        ApiRouter behindProxy(*m_db, config);
        // The header alone names nobody, even with trust configured: any local process could send it.
        QCOMPARE(callOn(behindProxy, "GET", "/v1/station", {}, {}, asA).status, 401);
        const QList<QPair<QByteArray, QByteArray>> asAThroughProxy{{"x-station-id", "station-a"}, {"x-kiosk-proxy-secret", "ok"}};
        const ApiResponse r = callOn(behindProxy, "GET", "/v1/station", {}, {}, asAThroughProxy);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value("id").toString(), QStringLiteral("station-a"));
        QCOMPARE(callOn(behindProxy, "GET", "/v1/station", {}, {}, {{"x-station-id", "nobody"}, {"x-kiosk-proxy-secret", "ok"}}).status,
                 401);
    }
};

KIOSK_STORAGE_TEST_MAIN(ServerApiTest)
#include "tst_serverapi.moc"
