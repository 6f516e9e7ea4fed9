// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate applications on the server, on SQLite and PostgreSQL: each of the six procedures
// pushed by a kiosk is kept with its one choice (and the certificate its visitorKey leads to,
// or "no certificate on record"); a payload that breaks openapi.yaml's branch for its procedure
// is refused naming the field, nothing kept; a report of loss marks the card at once and sends
// its row to the residents' station and to the station it was reported at; staff's queue
// (`admin applications`) and moves (`admin set-status --application`), each move a status row
// to the station, wrong moves refused naming both states, the phone cleared once done or
// refused. demo-seed installs the kiosk demo's certificates under the kiosk's keys.
#include "contractsample.h"
#include "testdatabase.h"

#include "core/democertificates.h"
#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/applicationdesk.h"
#include "server/certificateregistry.h"
#include "server/database.h"
#include "server/migrations.h"
#include "server/sealedcolumns.h"
#include "server/secrets.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"
#include "translations/catalogues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace server;

namespace {

const QString residentId = QStringLiteral("120101198001010012"); // made up, valid check digit
/// Another made-up number with the same first six and last four digits.
const QString twinId = QStringLiteral("120101199202020012");
/// The cache key of station s9 of a server upgraded from schema 5.
const QString s9CacheKey = QString(64, QLatin1Char('c'));

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString today()
{
    return StationClock::today().toString(Qt::ISODate);
}

/// A payload of `procedure` with its choice fields; a null value removes a field.
QJsonObject application(const QString &procedure, const QString &visitorKey, const QJsonObject &fields = {})
{
    QJsonObject p{{"procedure", procedure},
                  {"visitorKey", visitorKey},
                  {"idNumberMasked", "120101********0012"},
                  {"phone", "13812345678"},
                  {"code", "A7K2"}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            p.remove(it.key());
        else
            p.insert(it.key(), it.value());
    }
    return p;
}

} // namespace

class ApplicationsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiRouter> m_router;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_cursors;
    QString m_out;
    QString m_err;

    int admin(const QStringList &args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        const int status = AdminCommand(out, err).run(args + QStringList{QStringLiteral("--db"), m_scratch->urlText()});
        out.flush();
        err.flush();
        return status;
    }
    ApiResponse call(const QString &method, const QString &path, const QByteArray &body, const QString &station)
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        if (const qsizetype q = path.indexOf(u'?'); q >= 0) {
            r.path = path.left(q);
            r.query = QUrlQuery(path.mid(q + 1));
        }
        r.body = body;
        r.remoteAddress = QStringLiteral("127.0.0.1");
        if (!station.isEmpty())
            r.headers.insert("authorization", "Bearer " + m_tokens.value(station).toLatin1());
        const ApiResponse response = m_router->handle(r);
        contract::recordResponseSample(method, r.path, response.status, response.body);
        return response;
    }
    /// Pushes one application; its result ({id, result, reason?}). An accepted one is a contract sample.
    QJsonObject push(const QString &station, const QJsonObject &payload, const QString &id = newId())
    {
        QJsonObject p = payload;
        p.insert("id", id);
        if (!p.contains("createdAt"))
            p.insert("createdAt", "2026-12-01T01:30:00.000Z");
        const QJsonObject item{{"id", id}, {"kind", "certificate_application"}, {"createdAt", "2026-12-01T01:30:00.000Z"},
                               {"payload", p}};
        const ApiResponse r = call("POST", "/v1/sync/push", QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson(), station);
        if (r.status != 200)
            return {{"result", QStringLiteral("http %1").arg(r.status)}};
        const QJsonObject result = QJsonDocument::fromJson(r.body).object().value("results").toArray().first().toObject();
        if (result.value("result").toString() != u"rejected")
            contract::recordSchemaSample(QStringLiteral("OutboxItem"), item);
        return result;
    }
    /// The station's change rows since the last call: (entity, key, data).
    QList<std::tuple<QString, QString, QJsonObject>> newChanges(const QString &station)
    {
        QList<std::tuple<QString, QString, QJsonObject>> out;
        const ApiResponse r = call("GET", QStringLiteral("/v1/sync/changes?since=%1").arg(m_cursors.value(station)), {}, station);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        for (const QJsonValue &v : body.value("changes").toArray()) {
            const QJsonObject c = v.toObject();
            out.append({c.value("entity").toString(), c.value("key").toString(), c.value("data").toObject()});
        }
        m_cursors.insert(station, body.value("cursor").toString().toLongLong());
        return out;
    }
    /// The rows of `entity` among the station's new changes, by key.
    QHash<QString, QJsonObject> rows(const QString &station, const QString &entity)
    {
        QHash<QString, QJsonObject> out;
        for (const auto &[e, k, data] : newChanges(station)) {
            if (e == entity)
                out.insert(k, data);
        }
        return out;
    }
    QString keyAt(const QString &station, const QString &idNumber)
    {
        return Secrets::hmac(StationRegistry(*m_db).cacheKey(station), idNumber);
    }
    /// Pushes an application and returns its id, or the refusal's reason.
    QString sent(const QString &station, const QJsonObject &payload)
    {
        const QJsonObject r = push(station, payload);
        return r.value("result").toString() == u"accepted" ? r.value("id").toString()
                                                            : QStringLiteral("refused: ") + r.value("reason").toString();
    }
    QJsonArray queue(const QStringList &extra = {})
    {
        if (admin(QStringList{"applications", "--json"} + extra) != 0)
            return {};
        return QJsonDocument::fromJson(m_out.toUtf8()).array();
    }

    /// A server of schema 5 (before certificate_keys), upgraded: station s9 holds a resident's
    /// card in its cache under HMAC(s9CacheKey, the number), and the server kept no key for it.
    void upgradedStationWithACardCachedBeforeKeys()
    {
        cleanup();
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(m_db->exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        const QList<QStringList> steps = Migrations::steps(m_scratch->url().engine);
        for (int n = 1; n <= 5; ++n) {
            for (const QString &statement : steps.at(n - 1))
                QVERIFY2(m_db->exec(statement), qPrintable(m_db->lastError()));
            QVERIFY(m_db->exec("INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)", {n}));
        }
        const QString cacheKey = s9CacheKey;
        QVERIFY(m_db->exec("INSERT INTO stations (id, name, district, created_at, cache_key) VALUES ('s9', 'Heping', 'Heping', 0, ?)",
                           {cacheKey}));
        // And twinId, with the same first six and last four: only the key tells them apart.
        for (const QString &number : {residentId, twinId}) {
            QVERIFY(m_db->exec("INSERT INTO certificates (id_number, holder_name, category, level, status, valid_until,"
                               " station_id, updated_at, state_since, issued_on) VALUES (?, 'Zhang San', 4, 2, 'issued',"
                               " '2033-06-30', 's9', 0, '2023-06-30', '2023-06-30')",
                               {number}));
        }
        // The upgrade.
        QVERIFY2(m_db->migrate(&error), qPrintable(error));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM certificate_keys").toInt(), 0);
        ServerConfig config;
        config.rateLimitPerSecond = 0;
        m_router = std::make_unique<ApiRouter>(*m_db, config);
        const auto code = StationRegistry(*m_db).issueEnrollmentCode("s9", {}, 1);
        const ApiResponse enrolled = call("POST", "/v1/stations/enroll",
                                          QJsonDocument(QJsonObject{{"enrollmentCode", code.value_or(QString())}}).toJson(), {});
        m_tokens.insert("s9", QJsonDocument::fromJson(enrolled.body).object().value("token").toString());
        QCOMPARE(StationRegistry(*m_db).cacheKey("s9"), cacheKey); // sealed by the upgrade, the same key
    }

private slots:
    void initTestCase() { Catalogues::install(); }

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
        m_tokens.clear();
        m_cursors.clear();
        StationRegistry stations(*m_db);
        const QList<QPair<QString, QString>> list{{"s1", "Heping"}, {"s2", "Hexi"}};
        for (const auto &[id, district] : list) {
            QVERIFY(stations.create(id, QStringLiteral("%1 站").arg(id), district, &error));
            const auto code = stations.issueEnrollmentCode(id, {}, 1);
            const ApiResponse r = call("POST", "/v1/stations/enroll",
                                       QJsonDocument(QJsonObject{{"enrollmentCode", code.value_or(QString())}}).toJson(), {});
            m_tokens.insert(id, QJsonDocument::fromJson(r.body).object().value("token").toString());
        }
        // A resident of s1's district with an issued card, sent to s1 by the feed.
        Transaction tx(*m_db);
        CertificateRegistry certificates(*m_db);
        CertificateRegistry::Record r{residentId, QStringLiteral("Zhang San"), 4, 2, QStringLiteral("issued"),
                                      QStringLiteral("2033-06-30"), QStringLiteral("s1"), QStringLiteral("2023-06-30"),
                                      QStringLiteral("2023-06-30"), {}, 0, {}};
        QVERIFY(certificates.upsert(r));
        QVERIFY(tx.commit());
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void eachProcedureIsKeptWithItsChoice_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<QString>("storedChoice");
        QTest::newRow("apply, category") << QJsonObject{{"category", 4}} << "apply" << "4";
        QTest::newRow("apply, not sure") << QJsonObject{} << "apply" << "";
        QTest::newRow("renew, changed") << QJsonObject{{"situationChanged", true}} << "renew" << "yes";
        QTest::newRow("renew, the same") << QJsonObject{{"situationChanged", false}} << "renew" << "no";
        QTest::newRow("replace, damaged") << QJsonObject{{"reason", "damaged"}} << "replace" << "damaged";
        QTest::newRow("transfer, Nankai") << QJsonObject{{"district", "120104"}} << "transfer" << "120104";
        QTest::newRow("transfer, outside") << QJsonObject{{"district", "outside_city"}} << "transfer" << "outside_city";
        QTest::newRow("change, level") << QJsonObject{{"change", "level"}} << "change" << "level";
        QTest::newRow("cancel, improved") << QJsonObject{{"reason", "condition_improved"}} << "cancel" << "condition_improved";
    }
    void eachProcedureIsKeptWithItsChoice()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, procedure);
        QFETCH(QString, storedChoice);
        const QString id = sent("s1", application(procedure, keyAt("s1", residentId), fields));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        auto q = m_db->exec("SELECT procedure, choice, status, certificate_found, phone, code FROM certificate_applications"
                            " WHERE id = ?",
                            {id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), procedure);
        QCOMPARE(q->value(1).toString(), storedChoice);
        QCOMPARE(q->value(2).toString(), QStringLiteral("submitted"));
        QCOMPARE(q->value(3).toInt(), 1); // the key the feed sent leads to the certificate
        QCOMPARE(q->value(4).toString(), QStringLiteral("13812345678"));
        QCOMPARE(q->value(5).toString(), QStringLiteral("A7K2"));
        // The record keeps no second copy of the phone or the masked number. The payload also
        // holds a random id and an HMAC in hex, which can hold any four digits: the masked
        // number is looked for as its stars and tail, and as its field.
        const QString stored = m_db->scalar("SELECT payload FROM records WHERE id = ?", {id}).toString();
        const QJsonObject payload = QJsonDocument::fromJson(stored.toUtf8()).object();
        QVERIFY2(!payload.isEmpty(), qPrintable(stored));
        QVERIFY2(!payload.contains("phone") && !payload.contains("idNumberMasked"), qPrintable(stored));
        QVERIFY2(!stored.contains("13812345678") && !stored.contains("*0012"), qPrintable(stored));
        // Only a report of loss marks the card.
        QVERIFY(m_db->scalar("SELECT reported_lost_on FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, residentId)}).isNull());
        // Sent again (the kiosk did not hear the answer): a duplicate, kept once.
        QJsonObject again = application(procedure, keyAt("s1", residentId), fields);
        QCOMPARE(push("s1", again, id).value("result").toString(), QStringLiteral("duplicate"));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM certificate_applications").toInt(), 1);
    }

    void aPayloadOutsideItsBranchIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("field");
        const QString k = QString(64, QLatin1Char('a'));
        QTest::newRow("unknown procedure") << application("renew_all", k, {{"situationChanged", true}}) << "procedure:";
        QTest::newRow("replace without its reason") << application("replace", k) << "reason:";
        QTest::newRow("replace, a cancel reason") << application("replace", k, {{"reason", "holder_died"}}) << "reason:";
        QTest::newRow("renew with a replace reason") << application("renew", k, {{"reason", "lost"}}) << "situationChanged:";
        QTest::newRow("renew with both") << application("renew", k, {{"situationChanged", true}, {"reason", "lost"}}) << "reason:";
        QTest::newRow("renew, words not a boolean") << application("renew", k, {{"situationChanged", "yes"}}) << "situationChanged:";
        QTest::newRow("apply, category 9") << application("apply", k, {{"category", 9}}) << "category:";
        QTest::newRow("apply, category as text") << application("apply", k, {{"category", "4"}}) << "category:";
        QTest::newRow("apply with a district") << application("apply", k, {{"district", "120104"}}) << "district:";
        QTest::newRow("transfer, no such district") << application("transfer", k, {{"district", "999999"}}) << "district:";
        QTest::newRow("transfer without one") << application("transfer", k) << "district:";
        QTest::newRow("change, what") << application("change", k, {{"change", "name"}}) << "change:";
        QTest::newRow("cancel, a replace reason") << application("cancel", k, {{"reason", "lost"}}) << "reason:";
        QTest::newRow("no phone") << application("cancel", k, {{"reason", "holder_died"}, {"phone", QJsonValue::Null}}) << "phone:";
        QTest::newRow("wrong phone") << application("cancel", k, {{"reason", "holder_died"}, {"phone", "12345"}}) << "phone:";
        QTest::newRow("whole ID number")
            << application("change", k, {{"change", "level"}, {"idNumberMasked", residentId}}) << "idNumberMasked:";
        QTest::newRow("no visitor key") << application("change", "", {{"change", "level"}}) << "visitorKey:";
        QTest::newRow("bad code") << application("change", k, {{"change", "level"}, {"code", "a1"}}) << "code:";
        QTest::newRow("local time") << application("change", k, {{"change", "level"}, {"createdAt", "2026-12-01T09:30:00"}})
                                    << "createdAt:";
    }
    void aPayloadOutsideItsBranchIsRefusedNamingTheField()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, field);
        const QJsonObject r = push("s1", payload);
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY2(r.value("reason").toString().startsWith(field), qPrintable(r.value("reason").toString()));
        // Never quotes the number it refuses.
        QVERIFY(!r.value("reason").toString().contains(residentId) && !r.value("reason").toString().contains("12345"));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM certificate_applications").toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM records").toInt(), 0);
    }

    void aReportOfLossMarksTheCardAtOnceForBothStations()
    {
        newChanges("s1");
        // The holder is at s2 (another district): the online lookup gave s2 its own key.
        const ApiResponse lookup = call("POST", "/v1/certificates/lookup",
                                        QJsonDocument(QJsonObject{{"idNumber", residentId}}).toJson(), "s2");
        QCOMPARE(lookup.status, 200);
        const QString s2Key = QJsonDocument::fromJson(lookup.body).object().value("key").toString();
        QCOMPARE(s2Key, keyAt("s2", residentId));
        QVERIFY(QJsonDocument::fromJson(lookup.body).object().value("certificate").toObject().value("reportedLostOn").isNull());
        const QString id = sent("s2", application("replace", s2Key, {{"reason", "lost"}}));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QCOMPARE(m_db->scalar("SELECT reported_lost_on FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, residentId)}).toString(), today());
        // The residents' station, under its own key, and the station it was reported at, under its key.
        const auto atHome = rows("s1", "certificate");
        QVERIFY(atHome.contains(keyAt("s1", residentId)));
        QCOMPARE(atHome.value(keyAt("s1", residentId)).value("reportedLostOn").toString(), today());
        const auto reportedAt = rows("s2", "certificate");
        QVERIFY(reportedAt.contains(s2Key));
        QCOMPARE(reportedAt.value(s2Key).value("reportedLostOn").toString(), today());
        // Now every answer carries the mark; a re-import of the same card keeps it.
        const ApiResponse again = call("POST", "/v1/certificates/lookup",
                                       QJsonDocument(QJsonObject{{"idNumber", residentId}}).toJson(), "s2");
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value("certificate").toObject().value("reportedLostOn").toString(),
                 today());
        {
            Transaction tx(*m_db);
            CertificateRegistry certificates(*m_db);
            auto record = certificates.find(residentId);
            QVERIFY(record);
            record->reportedLostOn.clear(); // as an import row knows it
            QVERIFY(certificates.upsert(*record));
            QVERIFY(tx.commit());
        }
        QCOMPARE(rows("s1", "certificate").value(keyAt("s1", residentId)).value("reportedLostOn").toString(), today());
        // Staff see it in the queue.
        const QJsonArray list = queue();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("reportedLostOn").toString(), today());
        QVERIFY(admin({"applications"}) == 0);
        QVERIFY2(m_out.contains("replace (lost)") && m_out.contains("reported lost " + today()), qPrintable(m_out));
    }

    void aCardCachedBeforeKeysWereKeptIsStillMarkedLost()
    {
        upgradedStationWithACardCachedBeforeKeys();
        if (QTest::currentTestFailed())
            return;
        const QString cacheKey = s9CacheKey;
        const QString twin = twinId;

        // The holder reports the card lost at s9, as its kiosk keys the number.
        const QString key = Secrets::hmac(cacheKey, residentId);
        const QString id = sent("s9", application("replace", key, {{"reason", "lost"}}));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QCOMPARE(m_db->scalar("SELECT certificate_found FROM certificate_applications WHERE id = ?", {id}).toInt(), 1);
        QCOMPARE(m_db->scalar("SELECT reported_lost_on FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, residentId)}).toString(), today());
        QVERIFY(m_db->scalar("SELECT reported_lost_on FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, twin)}).isNull());
        // The key is remembered, and the kiosk is sent the marked row under it.
        QCOMPARE(CertificateRegistry(*m_db).idNumberForKey("s9", key), residentId);
        QCOMPARE(rows("s9", "certificate").value(key).value("reportedLostOn").toString(), today());
        QCOMPARE(queue().first().toObject().value("reportedLostOn").toString(), today());
        // A key of no certificate with the same masked number finds nothing.
        const QString none = sent("s9", application("replace", QString(64, QLatin1Char('d')), {{"reason", "lost"}}));
        QCOMPARE(m_db->scalar("SELECT certificate_found FROM certificate_applications WHERE id = ?", {none}).toInt(), 0);
    }

    void aFirstApplicationLooksForNoCertificate()
    {
        // An apply has no certificate to find: even a key the masked-number fallback would
        // match (a card s9 cached before keys were kept) marks nothing and is kept as none.
        upgradedStationWithACardCachedBeforeKeys();
        if (QTest::currentTestFailed())
            return;
        newChanges("s9");
        const QString key = Secrets::hmac(s9CacheKey, residentId);
        const QString id = sent("s9", application("apply", key, {{"category", 4}}));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QCOMPARE(m_db->scalar("SELECT certificate_found FROM certificate_applications WHERE id = ?", {id}).toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM certificate_keys").toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM certificates WHERE reported_lost_on IS NOT NULL").toInt(), 0);
        QVERIFY(rows("s9", "certificate").isEmpty());
        QCOMPARE(admin({"applications", "--station", "s9"}), 0);
        QVERIFY2(m_out.contains(id) && m_out.contains("no certificate on record"), qPrintable(m_out));
    }

    void aResidentsStationThatCannotBeToldDoesNotFailThePush()
    {
        newChanges("s2");
        // The residents' station s1 was revoked (its kiosk replaced): no row can reach it.
        QVERIFY(StationRegistry(*m_db).revoke("s1"));
        const ApiResponse lookup = call("POST", "/v1/certificates/lookup",
                                        QJsonDocument(QJsonObject{{"idNumber", residentId}}).toJson(), "s2");
        QCOMPARE(lookup.status, 200);
        const QString s2Key = keyAt("s2", residentId);
        const QString id = sent("s2", application("replace", s2Key, {{"reason", "lost"}}));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QCOMPARE(m_db->scalar("SELECT reported_lost_on FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, residentId)}).toString(), today());
        QCOMPARE(rows("s2", "certificate").value(s2Key).value("reportedLostOn").toString(), today());
        // The next item of the same batch is not held up either.
        QVERIFY(!QUuid::fromString(sent("s2", application("change", s2Key, {{"change", "level"}}))).isNull());
    }

    void theQueueIsInTheVisitorsOrderAndShowsBothTimes()
    {
        const QString k = keyAt("s1", residentId);
        // Pushed first, but sent a day after the one an offline kiosk pushes later.
        const QString later = sent("s1", application("change", k, {{"change", "level"}, {"createdAt", "2026-12-02T02:00:00.000Z"}}));
        const QString earlier = sent("s1", application("renew", k, {{"situationChanged", false}, {"createdAt", "2026-12-01T02:00:00.000Z"}}));
        QVERIFY(!QUuid::fromString(later).isNull() && !QUuid::fromString(earlier).isNull());
        const QJsonArray list = queue();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("id").toString(), earlier);
        QCOMPARE(list.at(1).toObject().value("id").toString(), later);
        QCOMPARE(m_db->scalar("SELECT kiosk_created_at FROM certificate_applications WHERE id = ?", {earlier}).toLongLong(),
                 QDateTime::fromString("2026-12-01T02:00:00.000Z", Qt::ISODateWithMs).toMSecsSinceEpoch());
        const QString sentAt = list.at(0).toObject().value("sent").toString();
        QVERIFY2(sentAt.startsWith("2026-12-01"), qPrintable(sentAt));
        QVERIFY(!list.at(0).toObject().value("received").toString().isEmpty());
        QCOMPARE(admin({"applications"}), 0);
        QVERIFY2(m_out.contains("sent " + sentAt) && m_out.contains("received "), qPrintable(m_out));
    }

    void phonesOfApplicationsNobodyClosedGoAfterTheConfiguredDays()
    {
        const QString k = keyAt("s1", residentId);
        const QString old = sent("s1", application("change", k, {{"change", "level"}}));
        const QString oldAccepted = sent("s1", application("renew", k, {{"situationChanged", false}}));
        const QString recent = sent("s1", application("change", k, {{"change", "category"}}));
        QCOMPARE(admin({"set-status", "--application", oldAccepted, "--status", "accepted"}), 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 60 * 60 * 1000;
        QVERIFY(m_db->exec("UPDATE certificate_applications SET created_at = ? WHERE id IN (?, ?)", {now - 181 * day, old, oldAccepted}));
        QVERIFY(m_db->exec("UPDATE certificate_applications SET created_at = ? WHERE id = ?", {now - 179 * day, recent}));
        ApplicationDesk desk(*m_db);
        QCOMPARE(desk.clearStalePhones(0, now), 0); // 0 keeps them
        QCOMPARE(desk.clearStalePhones(180, now), 2);
        const auto phoneOf = [&](const QString &id) {
            return m_db->scalar("SELECT phone FROM certificate_applications WHERE id = ?", {id}).toString();
        };
        QCOMPARE(phoneOf(old), QString());
        QCOMPARE(phoneOf(oldAccepted), QString());
        QCOMPARE(phoneOf(recent), QStringLiteral("13812345678"));
        // The application itself stays in staff's queue, with its code.
        QCOMPARE(queue().size(), 3);
    }

    void anApplicationWithoutACertificateIsKeptForStaff()
    {
        const QString stranger = QString(64, QLatin1Char('b'));
        const QString id = sent("s1", application("replace", stranger, {{"reason", "lost"}}));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QCOMPARE(m_db->scalar("SELECT certificate_found FROM certificate_applications WHERE id = ?", {id}).toInt(), 0);
        QVERIFY(m_db->scalar("SELECT reported_lost_on FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, residentId)}).isNull());
        QCOMPARE(admin({"applications", "--station", "s1"}), 0);
        QVERIFY2(m_out.contains(id) && m_out.contains("no certificate on record"), qPrintable(m_out));
        // A key another station was sent does not lead here: keys are per station.
        const QString s1Key = keyAt("s1", residentId);
        const QString other = sent("s2", application("renew", s1Key, {{"situationChanged", false}}));
        QCOMPARE(m_db->scalar("SELECT certificate_found FROM certificate_applications WHERE id = ?", {other}).toInt(), 0);
    }

    void theQueueIsOldestFirstByStationAndState()
    {
        // The visitors' times order the queue, a minute apart (not the server's milliseconds).
        const QString first = sent("s1", application("renew", keyAt("s1", residentId),
                                                     {{"situationChanged", false}, {"createdAt", "2026-12-01T01:30:00.000Z"}}));
        const QString second = sent("s2", application("apply", QString(64, QLatin1Char('c')),
                                                      {{"createdAt", "2026-12-01T01:31:00.000Z"}}));
        const QString third = sent("s1", application("change", keyAt("s1", residentId),
                                                     {{"change", "category"}, {"createdAt", "2026-12-01T01:32:00.000Z"}}));
        QJsonArray list = queue();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value("id").toString(), first);
        QCOMPARE(list.at(1).toObject().value("id").toString(), second);
        QCOMPARE(list.at(2).toObject().value("id").toString(), third);
        const QJsonObject row = list.at(0).toObject();
        QCOMPARE(row.value("procedure").toString(), QStringLiteral("renew"));
        QCOMPARE(row.value("choice").toString(), QStringLiteral("no"));
        QCOMPARE(row.value("idNumberMasked").toString(), QStringLiteral("120101********0012"));
        QCOMPARE(row.value("phone").toString(), QStringLiteral("13812345678"));
        QCOMPARE(row.value("code").toString(), QStringLiteral("A7K2"));
        QCOMPARE(queue({"--station", "s2"}).size(), 1);
        // --station-id, as the station commands spell it, narrows the queue the same way.
        const QJsonArray s2 = queue({"--station-id", "s2"});
        QCOMPARE(s2.size(), 1);
        QCOMPARE(s2.at(0).toObject().value("id").toString(), second);
        QCOMPARE(admin({"set-status", "--application", first, "--status", "accepted"}), 0);
        QCOMPARE(queue({"--status", "accepted"}).size(), 1);
        QCOMPARE(queue({"--status", "submitted"}).size(), 2);
        QCOMPARE(admin({"applications", "--status", "lost"}), 2);
        QVERIFY(m_err.contains("unknown status"));
    }

    void staffMoveAnApplicationAndTheStationHearsEachMove()
    {
        const QString id = sent("s1", application("renew", keyAt("s1", residentId), {{"situationChanged", false}}));
        newChanges("s1");
        QCOMPARE(admin({"set-status", "--application", id, "--status", "accepted"}), 0);
        auto status = rows("s1", "application_status");
        QCOMPARE(status.value(id).value("status").toString(), QStringLiteral("accepted"));
        QVERIFY(status.value(id).value("changedAt").toString().endsWith(u'Z'));
        // Still open: staff may still need to call.
        QCOMPARE(m_db->scalar("SELECT phone FROM certificate_applications WHERE id = ?", {id}).toString(),
                 QStringLiteral("13812345678"));
        // Back to submitted, or refused without a reason: refused, naming what is wrong.
        QCOMPARE(admin({"set-status", "--application", id, "--status", "submitted"}), 1);
        QVERIFY2(m_err.contains("from accepted to submitted"), qPrintable(m_err));
        QCOMPARE(admin({"set-status", "--application", id, "--status", "refused"}), 1);
        QVERIFY2(m_err.contains("--reason"), qPrintable(m_err));
        QCOMPARE(admin({"set-status", "--application", id, "--status", "accepted", "--pickup-zh", "窗口", "--pickup-en", "Window"}), 1);
        QCOMPARE(admin({"set-status", "--application", id, "--status", "done", "--pickup-zh", "和平区残联服务大厅 1 号窗口",
                        "--pickup-en", "Heping District Federation, hall window 1"}),
                 0);
        status = rows("s1", "application_status");
        QCOMPARE(status.value(id).value("status").toString(), QStringLiteral("done"));
        QCOMPARE(status.value(id).value("pickupPlace").toObject().value("zh").toString(), QStringLiteral("和平区残联服务大厅 1 号窗口"));
        // Done: the phone is no longer kept, and it counts as served.
        QCOMPARE(m_db->scalar("SELECT phone FROM certificate_applications WHERE id = ?", {id}).toString(), QString());
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {id}).toString(), QStringLiteral("done"));
        QCOMPARE(admin({"set-status", "--application", id, "--status", "refused", "--reason", "too late"}), 1);
        QVERIFY2(m_err.contains("from done to refused"), qPrintable(m_err));
        // Unknown ones, and the help requests' set-status on an application.
        QCOMPARE(admin({"set-status", "--application", newId(), "--status", "accepted"}), 1);
        QVERIFY(m_err.contains("no certificate application"));
        QCOMPARE(admin({"set-status", "--request", id, "--status", "cancelled"}), 1);
        QVERIFY2(m_err.contains("--application"), qPrintable(m_err));
    }

    void aRefusalCarriesItsReasonAndClearsThePhone()
    {
        const QString id = sent("s1", application("cancel", keyAt("s1", residentId), {{"reason", "moved_abroad"}}));
        newChanges("s1");
        const QString reason = QStringLiteral("请带户口本到服务大厅办理");
        QCOMPARE(admin({"set-status", "--application", id, "--status", "refused", "--reason", reason}), 0);
        const auto status = rows("s1", "application_status");
        QCOMPARE(status.value(id).value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(status.value(id).value("reason").toString(), reason);
        QCOMPARE(m_db->scalar("SELECT phone FROM certificate_applications WHERE id = ?", {id}).toString(), QString());
        QVERIFY(queue().isEmpty()); // no longer open
        const QJsonArray refused = queue({"--status", "refused"});
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value("reason").toString(), reason);
        QCOMPARE(refused.first().toObject().value("phone").toString(), QString());
    }

    void demoSeedInstallsTheKioskDemoCertificatesUnderTheKiosksKeys()
    {
        const QString cacheKey = QStringLiteral("demo-station-secret");
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE", "--cache-key", cacheKey}), 0);
        for (const core::DemoCertificate &c : core::DemoCertificates::all()) {
            const QString key = Secrets::hmac(cacheKey, c.idNumber);
            QCOMPARE(CertificateRegistry(*m_db).idNumberForKey("demo-station", key), c.idNumber);
            QCOMPARE(m_db->scalar("SELECT status FROM certificates WHERE id_index = ?", {SealedColumns::idIndex(*m_db, c.idNumber)}).toString(),
                     core::CertificateStates::key(c.stored));
        }
        QCOMPARE(m_db->scalar("SELECT category FROM services WHERE code = 'disability-assessment'").toString(),
                 QStringLiteral("assessment"));
        QVERIFY(m_db->scalar("SELECT COUNT(*) FROM slots WHERE service_code = 'disability-assessment'").toInt() > 0);
    }
};

KIOSK_STORAGE_TEST_MAIN(ApplicationsTest)

#include "tst_applications.moc"
