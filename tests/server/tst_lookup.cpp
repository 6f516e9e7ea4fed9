// SPDX-License-Identifier: GPL-3.0-or-later
// The online certificate lookup on a real database (SQLite, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql): every lookup audited with the ID number masked, a holder of
// another district found but marked, a limit of its own per station (429 with Retry-After),
// and never the plain number in the audit, the answer or the log.
#include "contractsample.h"
#include "testdatabase.h"

#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/certificateregistry.h"
#include "server/database.h"
#include "server/lookupaudit.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace server;

namespace {

const QString residentOfHeping = QStringLiteral("11010519491231002X");
const QString residentOfHexi = QStringLiteral("120103197208150037");
const QString nobody = QStringLiteral("110101199003074477");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class LookupTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_tokens;

    ApiResponse lookup(ApiRouter &router, const QString &station, const QString &idNumber)
    {
        ApiRequest r;
        r.method = QStringLiteral("POST");
        r.path = QStringLiteral("/v1/certificates/lookup");
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("idNumber"), idNumber}}).toJson(QJsonDocument::Compact);
        r.remoteAddress = QStringLiteral("127.0.0.1");
        r.headers.insert("authorization", "Bearer " + m_tokens.value(station).toLatin1());
        const ApiResponse response = router.handle(r);
        contract::recordResponseSample(r.method, r.path, response.status, response.body);
        return response;
    }
    static QJsonObject json(const ApiResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    static ServerConfig config(double lookupsPerMinute, double burst)
    {
        ServerConfig c;
        c.rateLimitPerSecond = 0;
        c.lookupsPerMinute = lookupsPerMinute;
        c.lookupBurst = burst;
        return c;
    }
    QString adminOutput(const QStringList &args, int *status)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        *status = AdminCommand(o, e).run(args + QStringList{QStringLiteral("--db"), m_scratch->urlText()});
        o.flush();
        e.flush();
        return out + err;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db && m_db->migrate(&error), qPrintable(error));
        StationRegistry stations(*m_db);
        ApiRouter router(*m_db, config(0, 1));
        const QList<QPair<QString, QString>> list{{QStringLiteral("heping-1"), QStringLiteral("Heping")},
                                                  {QStringLiteral("heping-2"), QStringLiteral("Heping")},
                                                  {QStringLiteral("hexi-1"), QStringLiteral("Hexi")}};
        for (const auto &[id, district] : list) {
            QVERIFY(stations.create(id, id, district, &error));
            const auto code = stations.issueEnrollmentCode(id, {}, 1);
            QVERIFY(code);
            ApiRequest r;
            r.method = QStringLiteral("POST");
            r.path = QStringLiteral("/v1/stations/enroll");
            r.body = QJsonDocument(QJsonObject{{QStringLiteral("enrollmentCode"), *code}}).toJson();
            r.remoteAddress = QStringLiteral("127.0.0.1");
            m_tokens.insert(id, json(router.handle(r)).value(QStringLiteral("token")).toString());
            QVERIFY(!m_tokens.value(id).isEmpty());
        }
        CertificateRegistry certificates(*m_db);
        Transaction tx(*m_db);
        QVERIFY(certificates.upsert({residentOfHeping, QStringLiteral("Zhang San"), 1, 2, QStringLiteral("issued"),
                                     QStringLiteral("2031-06-30"), QStringLiteral("heping-1"), QStringLiteral("2026-05-04"),
                                     QStringLiteral("2026-05-04"), {}, 0, {}}));
        QVERIFY(certificates.upsert({residentOfHexi, QStringLiteral("Li Si"), 4, 3, QStringLiteral("ready_for_pickup"),
                                     QStringLiteral("2031-09-30"), QStringLiteral("hexi-1"), QStringLiteral("2026-06-29"),
                                     QStringLiteral("2026-06-26"), {QStringLiteral("河西区残联"), QStringLiteral("Hexi federation")}, 0, {}}));
        QVERIFY(tx.commit());
    }

    void cleanup()
    {
        m_db.reset();
        m_scratch.reset();
        m_tokens.clear();
    }

    void everyLookupIsAuditedWithTheNumberMaskedAndTheDistrictMarked()
    {
        ApiRouter router(*m_db, config(0, 1));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(json(lookup(router, "heping-1", residentOfHeping)).value("found").toBool(), true); // own resident
        QCOMPARE(json(lookup(router, "heping-2", residentOfHeping)).value("found").toBool(), true); // same district
        // A resident of Hexi at a Heping station: visitors move, so they are still found.
        const QJsonObject moved = json(lookup(router, "heping-1", residentOfHexi));
        QCOMPARE(moved.value("found").toBool(), true);
        QCOMPARE(moved.value("certificate").toObject().value("status").toString(), QStringLiteral("ready_for_pickup"));
        QCOMPARE(json(lookup(router, "hexi-1", nobody)).value("found").toBool(true), false);
        // A malformed number is refused before anything is looked up or audited.
        QCOMPARE(lookup(router, "hexi-1", QStringLiteral("110105194912310021")).status, 400);

        LookupAudit audit(*m_db);
        const auto entries = audit.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 4);
        QStringList seen;
        for (const LookupAudit::Entry &e : *entries) {
            QVERIFY(e.at >= before && e.at <= QDateTime::currentMSecsSinceEpoch());
            seen.prepend(QStringLiteral("%1 %2 %3 %4").arg(e.stationId, e.idNumberMasked, e.outcome,
                                                           e.otherDistrict ? QStringLiteral("other") : QStringLiteral("own")));
        }
        QCOMPARE(seen, (QStringList{"heping-1 110105********002X found own", "heping-2 110105********002X found own",
                                    "heping-1 120103********0037 found other", "hexi-1 110101********4477 not_found own"}));
        // The plain number is nowhere in the audit table.
        auto rows = m_db->exec(QStringLiteral("SELECT at, station_id, id_number_masked, outcome, other_district FROM lookup_audit"));
        QVERIFY(rows);
        while (rows->next()) {
            for (int i = 0; i < 5; ++i) {
                const QString value = rows->value(i).toString();
                QVERIFY2(!value.contains(u"19491231") && !value.contains(u"19720815") && !value.contains(u"19900307"),
                         qPrintable(value));
            }
        }
        // The admin command shows one station's lookups, newest first.
        int status = -1;
        const QString shown = adminOutput({QStringLiteral("lookup-audit"), QStringLiteral("--station"), QStringLiteral("heping-1")}, &status);
        QCOMPARE(status, 0);
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("heping-1 +120103\\*{8}0037 +found +other"))), qPrintable(shown));
        QVERIFY(shown.contains(QRegularExpression(QStringLiteral("heping-1 +110105\\*{8}002X +found +own"))));
        QVERIFY(shown.indexOf(QStringLiteral("0037")) < shown.indexOf(QStringLiteral("002X")));
        QVERIFY(!shown.contains(QStringLiteral("hexi-1")));
        QVERIFY(shown.contains(QStringLiteral("2 lookups")));
        QVERIFY(!shown.contains(QStringLiteral("19720815")));
    }

    void lookupsHaveTheirOwnLimitPerStation()
    {
        // 6 a minute (one every 10 s), 2 at once.
        ApiRouter router(*m_db, config(6, 2));
        QCOMPARE(lookup(router, "heping-1", residentOfHeping).status, 200);
        QCOMPARE(lookup(router, "heping-1", nobody).status, 200);
        const ApiResponse refused = lookup(router, "heping-1", residentOfHexi);
        QCOMPARE(refused.status, 429);
        QCOMPARE(json(refused).value("error").toString(), QStringLiteral("rate_limited"));
        int retryAfter = 0;
        for (const auto &h : refused.headers) {
            if (h.first == "Retry-After")
                retryAfter = h.second.toInt();
        }
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, qPrintable(QString::number(retryAfter)));
        // The station's other requests go on; another station's lookups are not held back.
        ApiRequest changes;
        changes.method = QStringLiteral("GET");
        changes.path = QStringLiteral("/v1/sync/changes");
        changes.headers.insert("authorization", "Bearer " + m_tokens.value("heping-1").toLatin1());
        QCOMPARE(router.handle(changes).status, 200);
        QCOMPARE(lookup(router, "heping-2", residentOfHeping).status, 200);
        // The refused lookup is audited too: probing shows up.
        LookupAudit audit(*m_db);
        const auto entries = audit.entries(QStringLiteral("heping-1"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->first().outcome, QStringLiteral("rate_limited"));
        QCOMPARE(entries->first().idNumberMasked, QStringLiteral("120103********0037"));
    }

    void theLogNeverHoldsTheNumber()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.server.*=true"));
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(keepLog);
        {
            ApiRouter router(*m_db, config(6, 1));
            lookup(router, "heping-1", residentOfHeping);
            lookup(router, "heping-1", residentOfHexi); // refused by the limit
            lookup(router, "hexi-1", nobody);
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.join(u'\n').contains(QStringLiteral("certificate lookup")), "the lookups were not logged at all");
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &n : {residentOfHeping, residentOfHexi, nobody})
                QVERIFY2(!line.contains(n) && !line.contains(n.mid(6, 8)), qPrintable(line));
        }
    }
};

KIOSK_STORAGE_TEST_MAIN(LookupTest)
#include "tst_lookup.moc"
