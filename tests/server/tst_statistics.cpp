// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's figures on a real database (SQLite, or PostgreSQL with KIOSK_TEST_ENGINE=postgresql):
// one person's records pushed twice count as two person-times (人次) and one person; a
// visitorKey is keyed per station, so the same person at another station counts again (that
// is what the figure can honestly say); volunteers are counted against the 100,000 target.
#include "contractsample.h"
#include "testdatabase.h"

#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/stationregistry.h"
#include "server/statistics.h"
#include "server/transaction.h"
#include "server/volunteerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;

namespace {
const QString personAtA = QString(64, QLatin1Char('a'));
const QString otherAtA = QString(64, QLatin1Char('b'));
const QString personAtB = QString(64, QLatin1Char('c'));
} // namespace

class StatisticsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiRouter> m_router;
    QHash<QString, QString> m_tokens;

    ApiResponse call(const QString &method, const QString &path, const QByteArray &body, const QString &station)
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.remoteAddress = QStringLiteral("127.0.0.1");
        if (!station.isEmpty())
            r.headers.insert("authorization", "Bearer " + m_tokens.value(station).toLatin1());
        const ApiResponse response = m_router->handle(r);
        contract::recordResponseSample(method, path, response.status, response.body);
        return response;
    }
    /// Pushes one help request of `visitorKey` and brings it to "done"; returns its id.
    QString serve(const QString &station, const QString &visitorKey)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject item{{QStringLiteral("id"), id},
                               {QStringLiteral("kind"), QStringLiteral("volunteer_request")},
                               {QStringLiteral("createdAt"), QStringLiteral("2026-07-06T01:00:00.000Z")},
                               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("helpType"), QStringLiteral("home_visit")},
                                                                       {QStringLiteral("visitorKey"), visitorKey},
                                                                       {QStringLiteral("phone"), QStringLiteral("13812345678")}}}};
        const ApiResponse pushed = call(QStringLiteral("POST"), QStringLiteral("/v1/sync/push"),
                                        QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{item}}}).toJson(),
                                        station);
        if (pushed.status != 200 || !pushed.body.contains("accepted"))
            return {};
        RecordStore records(*m_db);
        QString problem;
        for (const char *status : {"accepted", "assigned", "done"}) {
            if (!records.setStatus(id, QString::fromLatin1(status), &problem))
                return {};
        }
        return id;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db && m_db->migrate(&error), qPrintable(error));
        ServerConfig config;
        config.rateLimitPerSecond = 0;
        m_router = std::make_unique<ApiRouter>(*m_db, config);
        StationRegistry stations(*m_db);
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(stations.create(id, id, QStringLiteral("d"), &error));
            const auto code = stations.issueEnrollmentCode(id, {}, 1);
            const ApiResponse r = call(QStringLiteral("POST"), QStringLiteral("/v1/stations/enroll"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("enrollmentCode"), code.value_or(QString())}}).toJson(), {});
            m_tokens.insert(id, QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString());
        }
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void onePersonServedTwiceIsTwoPersonTimesAndOnePerson()
    {
        QVERIFY(!serve("a", personAtA).isEmpty());
        QVERIFY(!serve("a", personAtA).isEmpty());
        Statistics statistics(*m_db);
        auto figures = statistics.compute();
        QVERIFY(figures);
        QCOMPARE(figures->value("personTimes").toInteger(), 2);
        QCOMPARE(figures->value("personsServed").toInteger(), 1);
        QCOMPARE(figures->value("targets").toObject().value("personTimes").toInteger(), 600000);

        // Someone else at the same station is one more person.
        QVERIFY(!serve("a", otherAtA).isEmpty());
        figures = statistics.compute();
        QCOMPARE(figures->value("personTimes").toInteger(), 3);
        QCOMPARE(figures->value("personsServed").toInteger(), 2);
        // A submitted request that is not done yet is no person-time.
        const QString open = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RecordStore records(*m_db);
        core::wire::PushBatch batch;
        batch.items.append({open, QStringLiteral("volunteer_request"), {}, {{QStringLiteral("visitorKey"), personAtA}}});
        QVERIFY(records.push(QStringLiteral("a"), batch));
        QCOMPARE(statistics.compute()->value("personTimes").toInteger(), 3);
        // The same person at station b has b's key: counted as a person of b (per station).
        QVERIFY(!serve("b", personAtB).isEmpty());
        figures = statistics.compute();
        QCOMPARE(figures->value("personTimes").toInteger(), 4);
        QCOMPARE(figures->value("personsServed").toInteger(), 3);
        QCOMPARE(figures->value("personsCountedPer").toString(), QStringLiteral("station"));
        QCOMPARE(statistics.compute(QStringLiteral("a"))->value("personsServed").toInteger(), 2);
        QCOMPARE(statistics.compute(QStringLiteral("b"))->value("personsServed").toInteger(), 1);
    }

    void volunteersAreCountedAgainstTheTarget()
    {
        VolunteerRegistry volunteers(*m_db);
        {
            Transaction tx(*m_db);
            QVERIFY(volunteers.upsert({QStringLiteral("V1"), QStringLiteral("Li"), QStringLiteral("13800001234"),
                                       QStringLiteral("a"), {}, 10}));
            QVERIFY(volunteers.upsert({QStringLiteral("V2"), QStringLiteral("Wang"), {}, {}, {}, 2.5}));
            QVERIFY(tx.commit());
        }
        QVERIFY(!serve("a", personAtA).isEmpty());
        QVERIFY(!serve("a", personAtA).isEmpty());
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(AdminCommand(o, e).run({QStringLiteral("stats"), QStringLiteral("--db"), m_scratch->urlText()}), 0);
        o.flush();
        QVERIFY2(out.contains(QStringLiteral("volunteers registered: 2 of target 100000 (0.00%)")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("person-times served: 2 of target 600000")));
        QVERIFY(out.contains(QStringLiteral("persons served: 1 (distinct per station")));
    }
};

KIOSK_STORAGE_TEST_MAIN(StatisticsTest)
#include "tst_statistics.moc"
