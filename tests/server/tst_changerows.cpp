// SPDX-License-Identifier: GPL-3.0-or-later
// Every entity of the change feed, as a demo-seeded server emits it to its station, on a real
// database (SQLite, or PostgreSQL with KIOSK_TEST_ENGINE=postgresql): the certificate row is
// complete (dates, pickup place, replacement) and never names the holder; the demo's
// server-only certificate is not in the station's feed but the lookup finds it. Every body is
// kept for the contract check.
#include "contractsample.h"
#include "testdatabase.h"

#include "core/democertificates.h"
#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/database.h"
#include "server/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;

class ChangeRowsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiRouter> m_router;
    QString m_token;

    ApiResponse call(const QString &method, const QString &path, const QByteArray &body = {})
    {
        ApiRequest r;
        r.method = method;
        const qsizetype q = path.indexOf(u'?');
        r.path = q < 0 ? path : path.left(q);
        if (q >= 0)
            r.query = QUrlQuery(path.mid(q + 1));
        r.body = body;
        r.remoteAddress = QStringLiteral("127.0.0.1");
        if (!m_token.isEmpty())
            r.headers.insert("authorization", "Bearer " + m_token.toLatin1());
        const ApiResponse response = m_router->handle(r);
        contract::recordResponseSample(method, r.path, response.status, response.body);
        return response;
    }
    static QJsonObject json(const ApiResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(AdminCommand(o, e).run({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE",
                                         "--db", m_scratch->urlText()}),
                 0);
        o.flush();
        // The seed names the ID number a demo types to see a lookup find it.
        QVERIFY2(out.contains(QString::fromLatin1(AdminCommand::demoLookupIdNumber)), qPrintable(out));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db && m_db->migrate(&error), qPrintable(error));
        ServerConfig config;
        config.rateLimitPerSecond = 0;
        m_router = std::make_unique<ApiRouter>(*m_db, config);
        m_token.clear();
        m_token = json(call("POST", "/v1/stations/enroll", R"({"enrollmentCode":"DEMO-CODE"})")).value("token").toString();
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void theFeedCarriesEveryEntityAndTheWholeCertificateRow()
    {
        // A visitor's request, assigned to a volunteer and done: assignment and status rows.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject item{{"id", id}, {"kind", "volunteer_request"}, {"createdAt", "2026-07-06T01:00:00.000Z"},
                               {"payload", QJsonObject{{"helpType", "home_visit"}, {"visitorKey", QString(64, u'd')}}}};
        QCOMPARE(call("POST", "/v1/sync/push", QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson()).status, 200);
        RecordStore records(*m_db);
        QString problem;
        QVERIFY2(records.setStatus(id, "accepted", &problem), qPrintable(problem));
        QVERIFY2(records.assign(id, "TJ-V-000101", "2026-07-08T09:30", &problem), qPrintable(problem));
        QVERIFY2(records.setStatus(id, "done", &problem), qPrintable(problem));
        QCOMPARE(call("GET", "/v1/records/" + id).status, 200);

        QSet<QString> entities;
        QJsonObject certificate;
        int certificates = 0;
        QString cursor = QStringLiteral("0");
        for (int page = 0; page < 1000; ++page) { // the demo's two weeks of slots come first
            const QJsonObject body = json(call("GET", "/v1/sync/changes?limit=7&since=" + cursor));
            for (const QJsonValue &v : body.value("changes").toArray()) {
                const QJsonObject change = v.toObject();
                entities.insert(change.value("entity").toString());
                if (change.value("entity").toString() == u"certificate") {
                    if (change.value("data").toObject().value("idNumberMasked").toString() == u"110105********002X")
                        certificate = change.value("data").toObject();
                    ++certificates;
                }
            }
            cursor = body.value("cursor").toString();
            if (!body.value("more").toBool())
                break;
        }
        QCOMPARE(entities, (QSet<QString>{"service", "slot", "volunteer", "assignment", "certificate", "request_status", "place"}));
        // Only the station's own residents (GB 11643's example and the kiosk demo's holders); the
        // other district's certificate stays on the server.
        QCOMPARE(certificates, 1 + core::DemoCertificates::all().size());
        const QJsonObject expected{{"idNumberMasked", "110105********002X"},
                                   {"category", 1},
                                   {"level", 2},
                                   {"status", "issued"},
                                   {"stateSince", "2026-05-04"},
                                   {"issuedOn", "2026-05-04"},
                                   {"validUntil", "2031-06-30"},
                                   {"pickupPlace", QJsonValue::Null},
                                   {"replacement", 1},
                                   {"reportedLostOn", QJsonValue::Null}};
        QCOMPARE(certificate, expected);
    }

    void theDemosServerOnlyCertificateIsFoundByLookup()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{"idNumber", QString::fromLatin1(AdminCommand::demoLookupIdNumber)}}).toJson();
        const QJsonObject answer = json(call("POST", "/v1/certificates/lookup", body));
        QCOMPARE(answer.value("found").toBool(), true);
        QCOMPARE(answer.value("key").toString().size(), 64);
        const QJsonObject c = answer.value("certificate").toObject();
        QCOMPARE(c.value("status").toString(), QStringLiteral("ready_for_pickup"));
        QCOMPARE(c.value("stateSince").toString(), QStringLiteral("2026-06-29"));
        QVERIFY(!c.value("pickupPlace").toObject().value("zh").toString().isEmpty());
        QVERIFY(!c.contains("holderName"));
        QVERIFY(!answer.value("certificate").toObject().value("idNumberMasked").toString().contains("19720815"));
        const auto audit = m_db->scalar("SELECT other_district FROM lookup_audit WHERE outcome = 'found'");
        QCOMPARE(audit.toInt(), 1);
    }
};

KIOSK_STORAGE_TEST_MAIN(ChangeRowsTest)
#include "tst_changerows.moc"
