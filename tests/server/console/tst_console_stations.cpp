// SPDX-License-Identifier: GPL-3.0-or-later
// The console's stations page on a real database (SQLite, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql): stations enrolled and pushing over /v1/sync/push with their
// state, then seen through the console: the state as the kiosk sent it, red (silent) after the
// set minutes without contact, each role's own stations only; new codes and revocation for
// district and city coordinators, never a station's staff; a revoked kiosk's token is refused,
// and it gets a new code only when the coordinator lifts the revocation on purpose; times in
// the stations' wall time (+08:00); parked reasons stored without phone or ID numbers.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/console/consolesettings.h"
#include "server/database.h"
#include "server/stationregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;
using server::console::ConsoleRole;

namespace {

const QJsonObject kReport{{"version", "0.17.0"},
                          {"reader", "error"},
                          {"speaker", "muted"},
                          {"freeDiskBytes", 987654321.0},
                          {"parked", QJsonArray{QJsonObject{{"kind", "volunteer_request"},
                                                            {"reason", "helpType: unknown help type \"fly\""},
                                                            {"since", "2026-12-01T08:30:00Z"}}}},
                          {"parkedCount", 4}};

QJsonObject byId(const QJsonArray &stations, const QString &id)
{
    for (const QJsonValue &v : stations) {
        if (v.toObject().value("id").toString() == id)
            return v.toObject();
    }
    return {};
}

QStringList idsOf(const QJsonArray &stations)
{
    QStringList ids;
    for (const QJsonValue &v : stations)
        ids.append(v.toObject().value("id").toString());
    ids.sort();
    return ids;
}

} // namespace

class ConsoleStationsTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;

    ApiResponse kiosk(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_world.send(QStringLiteral("POST"), path, QJsonDocument(body).toJson(), token);
    }
    /// A help call, so the push is a visitor's item, not only the state.
    static QJsonArray oneItem()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        return {QJsonObject{{"id", id}, {"kind", "help_call"}, {"createdAt", now},
                            {"payload", QJsonObject{{"id", id}, {"createdAt", now}, {"reason", "help_at_kiosk"}}}}};
    }
    QString enroll(const QString &code) { return m_world.enroll(code); }
    QJsonArray stations(ConsoleTestClient &client, int *silentAfter = nullptr)
    {
        const auto reply = client.get("/console/api/stations");
        if (reply.status() != 200)
            qWarning("stations answered %d %s", reply.status(), reply.response.body.constData());
        if (silentAfter)
            *silentAfter = reply.json.value("silentAfterMinutes").toInt(-1);
        return reply.json.value("stations").toArray();
    }
    void setLastContact(const QString &station, qint64 minutesAgo)
    {
        m_router->flush(); // what the router noted in memory first, then the test's time
        QVERIFY(m_db->exec("UPDATE stations SET last_contact_at = ? WHERE id = ?",
                           {QDateTime::currentMSecsSinceEpoch() - minutesAgo * 60 * 1000, station}));
    }
    int auditRows(const QString &station, const QString &detailLike)
    {
        return m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE entity = 'station' AND entity_id = ?"
                            " AND detail LIKE ?", {station, detailLike}).toInt();
    }

private slots:
    void init()
    {
        QVERIFY2(m_world.open(), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        const QList<QPair<QString, QString>> all{{"s1", "d1"}, {"s2", "d1"}, {"s3", "d2"}};
        for (const auto &[id, district] : all)
            QVERIFY2(m_world.addStation(id, id + QStringLiteral(" station"), district), qPrintable(m_world.error()));
        // s1 reports its state with an item; s3 with a push that carries only the state.
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}, {"backlog", 2}, {"station", kReport}}, m_world.token("s1")).status, 200);
        QCOMPARE(kiosk("/v1/sync/push", {{"items", QJsonArray()}, {"backlog", 0}, {"station", kReport}}, m_world.token("s3")).status, 200);
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s2")).status, 200);
        m_router->flush();
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void theKioskStateIsShownAsSent()
    {
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        int silentAfter = 0;
        const QJsonArray list = stations(city, &silentAfter);
        QCOMPARE(silentAfter, 30);
        QCOMPARE(idsOf(list), (QStringList{"s1", "s2", "s3"}));
        const QJsonObject s1 = byId(list, "s1");
        QCOMPARE(s1.value("name").toString(), QStringLiteral("s1 station"));
        QCOMPARE(s1.value("district").toString(), QStringLiteral("d1"));
        QCOMPARE(s1.value("reader").toString(), QStringLiteral("error"));
        QCOMPARE(s1.value("speaker").toString(), QStringLiteral("muted"));
        QCOMPARE(s1.value("version").toString(), QStringLiteral("0.17.0"));
        QCOMPARE(s1.value("freeDiskBytes").toDouble(), 987654321.0);
        QCOMPARE(s1.value("backlog").toInt(), 2);
        QCOMPARE(s1.value("silent").toBool(), false);
        QCOMPARE(s1.value("revoked").toBool(), false);
        const QJsonObject parked = s1.value("parked").toObject();
        QCOMPARE(parked.value("count").toInt(), 4);
        const QJsonObject item = parked.value("items").toArray().at(0).toObject();
        QCOMPARE(item.value("kind").toString(), QStringLiteral("volunteer_request"));
        QCOMPARE(item.value("reason").toString(), QStringLiteral("helpType: unknown help type \"fly\""));
        // Every time in the stations' wall time with its offset, as the queue and the audit send
        // them: the kiosk's UTC "since" too.
        QCOMPARE(item.value("since").toString(), QStringLiteral("2026-12-01T16:30:00+08:00"));
        const QDateTime contact = QDateTime::fromString(s1.value("lastContactAt").toString(), Qt::ISODateWithMs);
        const QDateTime reported = QDateTime::fromString(s1.value("healthAt").toString(), Qt::ISODateWithMs);
        QVERIFY(contact.isValid() && qAbs(contact.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(reported.isValid() && qAbs(reported.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        for (const char *field : {"lastContactAt", "healthAt"}) {
            const QString text = s1.value(QLatin1String(field)).toString();
            QVERIFY2(text.endsWith(u"+08:00"), qPrintable(text));
            QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs).offsetFromUtc(), 8 * 3600);
        }
        // The code was spent at enrollment: none waiting.
        QVERIFY(s1.value("enrollmentCodeValidUntil").isNull());
        // A push with only the state is stored too.
        QCOMPARE(byId(list, "s3").value("reader").toString(), QStringLiteral("error"));
        QCOMPARE(byId(list, "s3").value("backlog").toInt(), 0);
        // A kiosk that never reported: unknown, not zero.
        const QJsonObject s2 = byId(list, "s2");
        for (const char *field : {"reader", "speaker", "version", "freeDiskBytes", "parked", "healthAt"})
            QVERIFY2(s2.value(QLatin1String(field)).isNull(), field);
    }

    void aStationIsSilentAfterTheSetMinutes()
    {
        setLastContact("s1", 31);
        setLastContact("s2", 29);
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        QJsonArray list = stations(city);
        QCOMPARE(byId(list, "s1").value("silent").toBool(), true);
        QCOMPARE(byId(list, "s2").value("silent").toBool(), false);
        QCOMPARE(byId(list, "s3").value("silent").toBool(), false);
        // --console-silent-minutes 10: 29 minutes is silent too.
        server::console::ConsoleSettings settings;
        settings.silentStationMinutes = 10;
        m_router->setConsole(settings);
        ConsoleTestClient again(*m_router, *m_db);
        QVERIFY(again.signInAs(ConsoleRole::City));
        int silentAfter = 0;
        list = stations(again, &silentAfter);
        QCOMPARE(silentAfter, 10);
        QCOMPARE(byId(list, "s2").value("silent").toBool(), true);
        QCOMPARE(byId(list, "s3").value("silent").toBool(), false);
        // A kiosk that calls again is no longer silent.
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s2")).status, 200);
        m_router->flush();
        QCOMPARE(byId(stations(again), "s2").value("silent").toBool(), false);
    }

    void aStationsStaffSeeTheirOwnAndCannotRevokeOrMakeCodes()
    {
        ConsoleTestClient staff(*m_router, *m_db);
        QVERIFY(staff.signInAs(ConsoleRole::Station, "d1", "s1"));
        QCOMPARE(idsOf(stations(staff)), QStringList{"s1"});
        const auto revoke = staff.post("/console/api/stations/s1/revoke");
        QCOMPARE(revoke.status(), 403);
        QCOMPARE(revoke.error(), QStringLiteral("forbidden"));
        const auto code = staff.post("/console/api/stations/s1/code");
        QCOMPARE(code.status(), 403);
        QCOMPARE(code.error(), QStringLiteral("forbidden"));
        // Nothing changed: the kiosk still pushes.
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s1")).status, 200);
        QCOMPARE(auditRows("s1", "%"), 0);
    }

    void aDistrictSeesOnlyItsStations()
    {
        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, "d1"));
        QCOMPARE(idsOf(stations(district)), (QStringList{"s1", "s2"}));
        // Another district's station is not there at all, as one that does not exist.
        QCOMPARE(district.post("/console/api/stations/s3/revoke").status(), 404);
        QCOMPARE(district.post("/console/api/stations/s3/code").status(), 404);
        QCOMPARE(district.post("/console/api/stations/nowhere/revoke").status(), 404);
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s3")).status, 200);
        ConsoleTestClient other(*m_router, *m_db);
        QVERIFY(other.signInAs(ConsoleRole::District, "d2"));
        QCOMPARE(idsOf(stations(other)), QStringList{"s3"});
    }

    void aRevokedKiosksTokenIsRefused()
    {
        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, "d1", {}, "d1.li"));
        const auto revoked = district.post("/console/api/stations/s2/revoke");
        QCOMPARE(revoked.status(), 200);
        const ApiResponse push = kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s2"));
        QCOMPARE(push.status, 403);
        QCOMPARE(QJsonDocument::fromJson(push.body).object().value("error").toString(), QStringLiteral("station_revoked"));
        QCOMPARE(byId(stations(district), "s2").value("revoked").toBool(), true);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE login = 'd1.li' AND action = 'changed'"
                              " AND entity = 'station' AND entity_id = 's2' AND detail = 'revoked'").toInt(), 1);
        // The others go on.
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s1")).status, 200);
    }

    void aRevokedKioskGetsNoCodeUnlessTheRevocationIsLifted()
    {
        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, "d1"));
        QCOMPARE(district.post("/console/api/stations/s1/revoke").status(), 200);
        // A code alone never lifts a revocation: refused, and nothing changed.
        for (const QJsonObject &body : {QJsonObject{}, QJsonObject{{"liftRevocation", false}}, QJsonObject{{"validDays", 3}}}) {
            const auto refused = district.post("/console/api/stations/s1/code", body);
            QCOMPARE(refused.status(), 409);
            QCOMPARE(refused.error(), QStringLiteral("conflict"));
            QVERIFY(!refused.json.contains("code"));
        }
        QCOMPARE(district.post("/console/api/stations/s1/code", {{"liftRevocation", "yes"}}).status(), 422);
        const QJsonObject s1 = byId(stations(district), "s1");
        QCOMPARE(s1.value("revoked").toBool(), true);
        QVERIFY(s1.value("enrollmentCodeValidUntil").isNull());
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM stations WHERE id = 's1' AND enrollment_code_hash IS NULL"
                              " AND revoked_at IS NOT NULL").toInt(), 1);
        QCOMPARE(auditRows("s1", "enrollment code%"), 0);
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s1")).status, 403);
        // A station that is not revoked needs no such word.
        QCOMPARE(district.post("/console/api/stations/s2/code").status(), 200);
        QCOMPARE(auditRows("s2", "enrollment code issued, valid 7 days"), 1);
    }

    void aNewCodeEnrollsTheKioskAgain()
    {
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        QCOMPARE(city.post("/console/api/stations/s3/revoke").status(), 200);
        const auto made = city.post("/console/api/stations/s3/code", {{"liftRevocation", true}});
        QCOMPARE(made.status(), 200);
        const QString code = made.json.value("code").toString();
        QVERIFY(code.size() >= 6);
        const QDateTime validUntil = QDateTime::fromString(made.json.value("validUntil").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(validUntil.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 120);
        QVERIFY2(made.json.value("validUntil").toString().endsWith(u"+08:00"), qPrintable(made.json.value("validUntil").toString()));
        const QJsonObject s3 = byId(stations(city), "s3");
        QCOMPARE(s3.value("enrollmentCodeValidUntil").toString(), made.json.value("validUntil").toString());
        QCOMPARE(s3.value("revoked").toBool(), false);
        // The revoked token stays withdrawn; the code gives the kiosk a working one.
        QVERIFY(kiosk("/v1/sync/push", {{"items", oneItem()}}, m_world.token("s3")).status != 200);
        const QString token = enroll(code);
        QVERIFY(!token.isEmpty());
        QCOMPARE(kiosk("/v1/sync/push", {{"items", oneItem()}}, token).status, 200);
        // Audited in words, never the code.
        QCOMPARE(auditRows("s3", "enrollment code issued, valid 7 days, revocation lifted"), 1);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE detail LIKE ?", {"%" + code + "%"}).toInt(), 0);
        QCOMPARE(city.post("/console/api/stations/s3/code", {{"validDays", 90}}).status(), 422);
    }

    void aParkedReasonIsStoredWithoutNumbers_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("stored");
        QTest::newRow("spaced phone") << "phone: 138 1234 5678 is not a number" << "phone: *** is not a number";
        QTest::newRow("dashed phone") << "phone 138-1234-5678 refused" << "phone *** refused";
        QTest::newRow("dotted phone") << "call 138.1234.5678" << "call ***";
        QTest::newRow("ID with X") << "idNumber 11010119900307123X taken" << "idNumber *** taken";
        QTest::newRow("grouped ID") << "idNumber 110101 19900307 123x taken" << "idNumber *** taken";
        QTest::newRow("run") << "visitor 13812345678" << "visitor ***";
        QTest::newRow("own words") << "visitorKey: already registered as volunteer TJ-V-000012"
                                   << "visitorKey: already registered as volunteer TJ-V-000012";
        QTest::newRow("a day") << "slot on 2026-12-02 is closed" << "slot on 2026-12-02 is closed";
    }

    void aParkedReasonIsStoredWithoutNumbers()
    {
        // Sent as an older or faulty kiosk might: the server hides the numbers itself.
        QFETCH(QString, sent);
        QFETCH(QString, stored);
        QJsonObject report = kReport;
        report["parked"] = QJsonArray{QJsonObject{{"kind", "volunteer_request"}, {"reason", sent},
                                                  {"since", "2026-12-01T08:30:00Z"}}};
        QCOMPARE(kiosk("/v1/sync/push", {{"items", QJsonArray()}, {"station", report}}, m_world.token("s2")).status, 200);
        const QString row = m_db->scalar("SELECT health FROM stations WHERE id = 's2'").toString();
        const QJsonObject kept = QJsonDocument::fromJson(row.toUtf8()).object();
        QCOMPARE(kept.value("parked").toArray().at(0).toObject().value("reason").toString(), stored);
        if (stored != sent)
            QVERIFY2(!row.contains(sent.section(u' ', 1, 1)), qPrintable(row));
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QJsonObject s2 = byId(stations(city), "s2");
        QCOMPARE(s2.value("parked").toObject().value("items").toArray().at(0).toObject().value("reason").toString(), stored);
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleStationsTest)
#include "tst_console_stations.moc"
