// SPDX-License-Identifier: GPL-3.0-or-later
// The console's volunteers, on SQLite and PostgreSQL: a registration a kiosk pushed waits for a
// coordinator of its district (name, masked ID number and masked phone, never the whole phone),
// another district does not see it nor can approve it; approving gives the volunteer number and
// the station's change feed carries it, refusing sends the reason. Station duty is approved
// from the console; a volunteer's record has hours by month adding up to the total; the hours
// certificate comes as a PDF; every change and look is audited without names or phones.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/console/consolerole.h"
#include "server/database.h"
#include "server/stationregistry.h"
#include "translations/catalogues.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;
using server::console::ConsoleRole;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject registration(char keyChar, const QString &name = QStringLiteral("王芳"))
{
    return {{"visitorKey", QString(64, QLatin1Char(keyChar))},
            {"name", name},
            {"givenName", name.right(1)},
            {"idNumberMasked", "110105********002X"},
            {"skills", QJsonArray{"sign_language", "first_aid"}},
            {"availability", QJsonObject{{"mon", QJsonArray{"morning"}}}},
            {"phone", "13812345678"},
            {"consent", QJsonObject{{"version", "2026-1"}, {"agreedAt", "2026-12-01T01:00:00.000Z"}}},
            {"code", "VK23A"}};
}

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value("id").toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class ConsoleVolunteersTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;

    ApiResponse kiosk(const QString &method, const QString &path, const QJsonObject &body, const QString &station)
    {
        return m_world.kiosk(method, path, body, station);
    }
    /// Pushes one item from a station's kiosk; its result ({id, result, reason?}).
    QJsonObject push(const QString &station, const QString &kind, QJsonObject payload, const QString &id = newId())
    {
        payload.insert("id", id);
        payload.insert("createdAt", "2026-12-01T01:00:00.000Z");
        return m_world.push(station, kind, payload, id, "2026-12-01T01:00:00.000Z");
    }
    QString registered(const QString &station, const QJsonObject &payload)
    {
        const QJsonObject r = push(station, "volunteer_registration", payload);
        return r.value("result").toString() == u"accepted" ? r.value("id").toString() : r.value("reason").toString();
    }
    /// The station's change rows since the last call: (entity, key, data).
    QList<std::tuple<QString, QString, QJsonObject>> newChanges(const QString &station)
    {
        QList<std::tuple<QString, QString, QJsonObject>> out;
        for (const QJsonObject &c : m_world.newChanges(station))
            out.append({c.value("entity").toString(), c.value("key").toString(), c.value("data").toObject()});
        return out;
    }
    int auditRows(const QString &action, const QString &entity, const QString &entityId)
    {
        return m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE action = ? AND entity = ? AND entity_id = ?",
                            {action, entity, entityId})
            .toInt();
    }
    /// No audit row holds the person's name or phone.
    bool auditIsClean()
    {
        auto q = m_db->exec("SELECT detail, entity_id FROM console_audit");
        while (q && q->next()) {
            const QString row = q->value(0).toString() + q->value(1).toString();
            // Whole or masked, never a bare tail: the row's random ids can hold any four digits.
            if (row.contains("王芳") || row.contains("13812345678") || row.contains("*5678") || row.contains("*002X"))
                return false;
        }
        return q.has_value();
    }
    /// A volunteer approved from the console by `coordinator`: their number.
    QString approvedVolunteer(ConsoleTestClient &coordinator, const QString &station, char keyChar)
    {
        const QString id = registered(station, registration(keyChar));
        const auto r = coordinator.post(QStringLiteral("/console/api/volunteers/pending/%1/approve").arg(id));
        return r.json.value("number").toString();
    }
    /// Station duty served at `station` (check-in at `startUtc`, `minutes` served, checked out).
    QString duty(const QString &station, const QString &number, const QString &startUtc, int minutes)
    {
        const QString in = newId();
        const QJsonObject r = push(station, "check_in",
                                   {{"direction", "in"}, {"volunteerId", number}, {"volunteerNumber", number},
                                    {"assignmentId", QString()}, {"at", startUtc}},
                                   in);
        if (r.value("result").toString() != u"accepted")
            return r.value("reason").toString();
        const QDateTime end = QDateTime::fromString(startUtc, Qt::ISODateWithMs).addSecs(qint64(minutes) * 60);
        const QJsonObject out = push(station, "check_out",
                                     {{"checkInId", in}, {"at", end.toUTC().toString(Qt::ISODateWithMs)},
                                      {"servedMinutes", minutes}});
        return out.value("result").toString() == u"accepted" ? in : out.value("reason").toString();
    }

private slots:
    void initTestCase() { Catalogues::install(); }

    void init()
    {
        QVERIFY2(m_world.open(), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        const QList<QPair<QString, QString>> list{{"s1", "Heping"}, {"s2", "Heping"}, {"s3", "Hexi"}};
        for (const auto &[id, district] : list)
            QVERIFY2(m_world.addStation(id, QStringLiteral("%1 站").arg(id), district), qPrintable(m_world.error()));
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void aRegistrationWaitsMaskedAndItsApprovalReachesTheStation()
    {
        const QString id = registered("s1", registration('a'));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        newChanges("s1");

        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        auto r = heping.get("/console/api/volunteers/pending");
        QCOMPARE(r.status(), 200);
        const QJsonObject row = byId(r.json.value("registrations").toArray(), id);
        QCOMPARE(row.value("name").toString(), QStringLiteral("王芳"));
        QCOMPARE(row.value("idMasked").toString(), QStringLiteral("110105********002X"));
        QCOMPARE(row.value("phoneMasked").toString(), QStringLiteral("138****5678"));
        QCOMPARE(row.value("stationId").toString(), QStringLiteral("s1"));
        QCOMPARE(row.value("stationName").toString(), QStringLiteral("s1 站"));
        QCOMPARE(row.value("possibleDuplicate").toBool(), false);
        QVERIFY2(!r.response.body.contains("13812345678"), "the whole phone never reaches the page");

        // Another district neither sees it nor can decide it (not even learn that it exists).
        ConsoleTestClient hexi(*m_router, *m_db);
        QVERIFY(hexi.signInAs(ConsoleRole::District, "Hexi"));
        QVERIFY(hexi.get("/console/api/volunteers/pending").json.value("registrations").toArray().isEmpty());
        r = hexi.post(QStringLiteral("/console/api/volunteers/pending/%1/approve").arg(id));
        QCOMPARE(r.status(), 404);
        QCOMPARE(r.error(), QStringLiteral("not_found"));
        ConsoleTestClient otherStation(*m_router, *m_db);
        QVERIFY(otherStation.signInAs(ConsoleRole::Station, "Heping", "s2"));
        QVERIFY(otherStation.get("/console/api/volunteers/pending").json.value("registrations").toArray().isEmpty());

        r = heping.post(QStringLiteral("/console/api/volunteers/pending/%1/approve").arg(id));
        QCOMPARE(r.status(), 200);
        const QString number = r.json.value("number").toString();
        QCOMPARE(number, QStringLiteral("TJ-V-000001"));
        bool told = false;
        bool row1 = false;
        for (const auto &[entity, k, data] : newChanges("s1")) {
            if (entity == u"registration_status" && k == id && data.value("status").toString() == u"approved"
                && data.value("volunteerNumber").toString() == number)
                told = true;
            if (entity == u"volunteer" && k == number)
                row1 = true;
        }
        QVERIFY2(told, "the station's kiosk hears the number");
        QVERIFY2(row1, "the volunteer's row reaches the station");
        QVERIFY(heping.get("/console/api/volunteers/pending").json.value("registrations").toArray().isEmpty());
        r = heping.post(QStringLiteral("/console/api/volunteers/pending/%1/approve").arg(id));
        QCOMPARE(r.status(), 409);
        QCOMPARE(auditRows("changed", "registration", id), 1);
        QVERIFY(auditIsClean());
    }

    void aRefusalSendsItsReason()
    {
        const QString id = registered("s3", registration('b'));
        newChanges("s3");
        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        QCOMPARE(heping.post(QStringLiteral("/console/api/volunteers/pending/%1/reject").arg(id), {{"reason", "x"}}).status(),
                 404);
        ConsoleTestClient hexi(*m_router, *m_db);
        QVERIFY(hexi.signInAs(ConsoleRole::Station, "Hexi", "s3"));
        auto r = hexi.post(QStringLiteral("/console/api/volunteers/pending/%1/reject").arg(id));
        QCOMPARE(r.status(), 400);
        QCOMPARE(r.json.value("field").toString(), QStringLiteral("reason"));
        r = hexi.post(QStringLiteral("/console/api/volunteers/pending/%1/reject").arg(id),
                      {{"reason", "请先参加一次志愿者培训 / please join a training first"}});
        QCOMPARE(r.status(), 200);
        QJsonObject told;
        for (const auto &[entity, k, data] : newChanges("s3")) {
            if (entity == u"registration_status" && k == id)
                told = data;
        }
        QCOMPARE(told.value("status").toString(), QStringLiteral("refused"));
        QVERIFY(told.value("reason").toString().contains("training"));
        QVERIFY(hexi.get("/console/api/volunteers/pending").json.value("registrations").toArray().isEmpty());
        // Refused: the person's data is gone from the server.
        QCOMPARE(m_db->scalar("SELECT name || phone FROM volunteer_registrations WHERE id = ?", {id}).toString(), QString());
        QCOMPARE(hexi.post(QStringLiteral("/console/api/volunteers/pending/%1/reject").arg(id), {{"reason", "again"}}).status(),
                 409);
        QCOMPARE(auditRows("changed", "registration", id), 1);
        QVERIFY(auditIsClean());
    }

    void aVolunteersRecordHasHoursByMonthAddingUpToTheTotal()
    {
        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        const QString number = approvedVolunteer(heping, "s1", 'c');
        QCOMPARE(number, QStringLiteral("TJ-V-000001"));
        // Station duty in October (2 h) and twice in November (1.5 h + 1 h), served at both stations.
        const QString oct = duty("s1", number, "2026-10-10T01:00:00.000Z", 120);
        const QString nov1 = duty("s2", number, "2026-11-12T01:00:00.000Z", 90);
        const QString nov2 = duty("s1", number, "2026-11-20T06:00:00.000Z", 60);
        for (const QString &in : {oct, nov1, nov2})
            QVERIFY2(!QUuid::fromString(in).isNull(), qPrintable(in));

        auto r = heping.get("/console/api/duty/pending");
        QCOMPARE(r.status(), 200);
        const QJsonArray duties = r.json.value("duties").toArray();
        QCOMPARE(duties.size(), 3);
        QCOMPARE(byId(duties, nov1).value("hours").toDouble(), 1.5);
        QCOMPARE(byId(duties, nov1).value("stationId").toString(), QStringLiteral("s2"));
        ConsoleTestClient hexi(*m_router, *m_db);
        QVERIFY(hexi.signInAs(ConsoleRole::District, "Hexi"));
        QVERIFY(hexi.get("/console/api/duty/pending").json.value("duties").toArray().isEmpty());
        QCOMPARE(hexi.post(QStringLiteral("/console/api/duty/%1/approve").arg(oct)).status(), 404);

        newChanges("s2");
        for (const QString &in : {oct, nov1, nov2})
            QCOMPARE(heping.post(QStringLiteral("/console/api/duty/%1/approve").arg(in)).status(), 200);
        QCOMPARE(heping.post(QStringLiteral("/console/api/duty/%1/approve").arg(oct)).status(), 409);
        QJsonObject dutyStatus;
        for (const auto &[entity, k, data] : newChanges("s2")) {
            if (entity == u"duty_status" && k == nov1)
                dutyStatus = data;
        }
        QCOMPARE(dutyStatus.value("status").toString(), QStringLiteral("approved"));

        r = heping.get(QStringLiteral("/console/api/volunteers/%1").arg(number));
        QCOMPARE(r.status(), 200);
        const QJsonObject v = r.json.value("volunteer").toObject();
        QCOMPARE(v.value("hoursTotal").toDouble(), 4.5);
        const QJsonArray months = v.value("hoursByMonth").toArray();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).toObject().value("month").toString(), QStringLiteral("2026-10"));
        QCOMPARE(months.at(0).toObject().value("hours").toDouble(), 2.0);
        QCOMPARE(months.at(1).toObject().value("month").toString(), QStringLiteral("2026-11"));
        QCOMPARE(months.at(1).toObject().value("hours").toDouble(), 2.5);
        double sum = v.value("hoursBroughtIn").toDouble();
        for (const QJsonValue &m : months)
            sum += m.toObject().value("hours").toDouble();
        QCOMPARE(sum, v.value("hoursTotal").toDouble());
        QCOMPARE(v.value("starLevel").toInt(), 0);
        QCOMPARE(v.value("nextStarHours").toDouble(), 95.5);
        QCOMPARE(v.value("stations").toArray().size(), 2);
        QCOMPARE(v.value("ratings").toObject().value("count").toInt(), 0);
        QCOMPARE(v.value("phoneMasked").toString(), QStringLiteral("138****5678"));
        QVERIFY(!r.response.body.contains("13812345678") && !r.response.body.contains("002X"));
        QCOMPARE(auditRows("viewed", "volunteer", number), 1);

        // The list: in scope with its hours; found by part of the number; not in another district.
        r = heping.get("/console/api/volunteers", {{"q", "v-000001"}});
        QCOMPARE(r.status(), 200);
        const QJsonObject listed = byId(r.json.value("volunteers").toArray(), number);
        QCOMPARE(listed.value("hoursTotal").toDouble(), 4.5);
        QCOMPARE(listed.value("district").toString(), QStringLiteral("Heping"));
        QVERIFY(heping.get("/console/api/volunteers", {{"q", "nobody"}}).json.value("volunteers").toArray().isEmpty());
        QCOMPARE(heping.get("/console/api/volunteers", {{"q", "王芳"}}).json.value("volunteers").toArray().size(), 1);
        // What was typed is taken literally, not as a pattern.
        QVERIFY(heping.get("/console/api/volunteers", {{"q", "_"}}).json.value("volunteers").toArray().isEmpty());
        QVERIFY(hexi.get("/console/api/volunteers").json.value("volunteers").toArray().isEmpty());
        QCOMPARE(hexi.get(QStringLiteral("/console/api/volunteers/%1").arg(number)).status(), 404);
        // A station of the district sees the district's volunteers (they serve at every one of them).
        ConsoleTestClient s2(*m_router, *m_db);
        QVERIFY(s2.signInAs(ConsoleRole::Station, "Heping", "s2"));
        QCOMPARE(s2.get(QStringLiteral("/console/api/volunteers/%1").arg(number)).status(), 200);
        QVERIFY(auditIsClean());
    }

    void theListPagesWithItsTotal()
    {
        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        QStringList numbers;
        for (const char key : {'d', 'e', 'f'})
            numbers << approvedVolunteer(heping, "s1", key);
        auto r = heping.get("/console/api/volunteers", {{"limit", "2"}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("total").toInt(), 3);
        QJsonArray page = r.json.value("volunteers").toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).toObject().value("number").toString(), numbers.at(0));
        r = heping.get("/console/api/volunteers", {{"limit", "2"}, {"offset", "2"}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("total").toInt(), 3);
        page = r.json.value("volunteers").toArray();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).toObject().value("number").toString(), numbers.at(2));
        // The total is the filter's, not the district's.
        QCOMPARE(heping.get("/console/api/volunteers", {{"q", numbers.at(1)}}).json.value("total").toInt(), 1);
        QCOMPARE(heping.get("/console/api/volunteers", {{"offset", "-1"}}).status(), 400);
        QCOMPARE(heping.get("/console/api/volunteers", {{"offset", "later"}}).status(), 400);
    }

    void everyListOfPeopleIsAuditedOncePerAnswer()
    {
        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        const QString number = approvedVolunteer(heping, "s1", 'a');
        const QString in = duty("s1", number, "2026-11-12T01:00:00.000Z", 60);
        QVERIFY2(!QUuid::fromString(in).isNull(), qPrintable(number + u' ' + in));
        QVERIFY(!registered("s1", registration('b')).isEmpty());
        const auto listViews = [this](const QString &entity) {
            return m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE action = 'viewed' AND entity = ? AND entity_id = ''",
                                {entity})
                .toInt();
        };
        QCOMPARE(heping.get("/console/api/volunteers/pending").json.value("registrations").toArray().size(), 1);
        QCOMPARE(listViews("registration"), 1);
        QCOMPARE(heping.get("/console/api/duty/pending").json.value("duties").toArray().size(), 1);
        QCOMPARE(listViews("volunteer"), 1);
        QCOMPARE(heping.get("/console/api/volunteers", {{"q", "王芳"}, {"district", "Heping"}}).status(), 200);
        QCOMPARE(listViews("volunteer"), 2);
        const QString detail = m_db->scalar("SELECT detail FROM console_audit WHERE action = 'viewed' AND entity = 'volunteer'"
                                            " AND entity_id = '' ORDER BY id DESC LIMIT 1")
                                   .toString();
        QVERIFY2(detail.contains("Heping") && detail.contains("text search"), qPrintable(detail));
        QVERIFY2(!detail.contains(number), qPrintable(detail));
        // The pending duty names its volunteer (read with the duties, not one query each).
        QCOMPARE(heping.get("/console/api/duty/pending").json.value("duties").toArray().at(0).toObject().value("volunteerName").toString(),
                 QStringLiteral("王芳"));
        QVERIFY(auditIsClean());
    }

    void aFailedCheckOfTheDutyIsAStorageFailureNotAConflict()
    {
        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        const QString number = approvedVolunteer(heping, "s1", 'a');
        const QString in = duty("s1", number, "2026-11-12T01:00:00.000Z", 60);
        QVERIFY2(!QUuid::fromString(in).isNull(), qPrintable(number + u' ' + in));
        // The check of the check-out cannot be read: the server cannot know, the coordinator
        // is told to try again (503), not that the volunteer is still on duty (409).
        QVERIFY(m_db->exec("ALTER TABLE volunteer_checks RENAME COLUMN ends_at TO ends_at_moved").has_value());
        const auto r = heping.post(QStringLiteral("/console/api/duty/%1/approve").arg(in));
        QCOMPARE(r.status(), 503);
        QCOMPARE(r.error(), QStringLiteral("storage_unavailable"));
    }

    void aRefusedDutyNeverCountsAndTheStationReadsWhy()
    {
        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        const QString number = approvedVolunteer(heping, "s1", 'b');
        const QString in = duty("s1", number, "2026-11-12T01:00:00.000Z", 120);
        QVERIFY2(!QUuid::fromString(in).isNull(), qPrintable(number + u' ' + in));
        QCOMPARE(heping.post(QStringLiteral("/console/api/duty/%1/reject").arg(in)).status(), 400);

        newChanges("s1");
        const auto r = heping.post(QStringLiteral("/console/api/duty/%1/reject").arg(in), {{"reason", "那天没有排班"}});
        QCOMPARE(r.status(), 200);
        QJsonObject dutyStatus;
        for (const auto &[entity, k, data] : newChanges("s1")) {
            if (entity == u"duty_status" && k == in)
                dutyStatus = data;
        }
        QCOMPARE(dutyStatus.value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(dutyStatus.value("reason").toString(), QStringLiteral("那天没有排班"));
        QCOMPARE(heping.post(QStringLiteral("/console/api/duty/%1/approve").arg(in)).status(), 409);
        const auto v = heping.get(QStringLiteral("/console/api/volunteers/%1").arg(number));
        QCOMPARE(v.status(), 200);
        QCOMPARE(v.json.value("volunteer").toObject().value("hoursTotal").toDouble(), 0.0);
    }

    void theHoursCertificateIsAnAuditedPdf()
    {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            QSKIP("printing needs the GUI application (offscreen)");
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QString number = approvedVolunteer(city, "s1", 'd');
        QVERIFY(!QUuid::fromString(duty("s1", number, "2026-11-12T01:00:00.000Z", 120)).isNull());
        const QString in = m_db->scalar("SELECT id FROM volunteer_checks WHERE volunteer_id = ?", {number}).toString();
        QCOMPARE(city.post(QStringLiteral("/console/api/duty/%1/approve").arg(in)).status(), 200);

        auto r = city.get(QStringLiteral("/console/api/volunteers/%1/certificate").arg(number),
                          {{"from", "2026-11-01"}, {"to", "2026-11-30"}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));
        QVERIFY(r.header("Content-Disposition").startsWith("attachment; filename=\"VC-TJ-V-000001-"));
        QVERIFY2(r.response.body.startsWith("%PDF"), r.response.body.left(20).constData());
        QVERIFY(r.response.body.size() > 1000);
        QCOMPARE(auditRows("printed", "volunteer", number), 1);
        QVERIFY(auditIsClean());

        QCOMPARE(city.get(QStringLiteral("/console/api/volunteers/%1/certificate").arg(number), {{"from", "November"}}).status(),
                 400);
        QCOMPARE(city.get("/console/api/volunteers/TJ-V-999999/certificate").status(), 404);
        ConsoleTestClient hexi(*m_router, *m_db);
        QVERIFY(hexi.signInAs(ConsoleRole::District, "Hexi"));
        QCOMPARE(hexi.get(QStringLiteral("/console/api/volunteers/%1/certificate").arg(number)).status(), 404);
        QCOMPARE(auditRows("printed", "volunteer", number), 1);
    }
};

// The certificate is printed with QTextDocument: the GUI application, on the offscreen platform
// (as kiosk-server starts it to print), instead of the storage tests' core application.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (!TestDatabase::engineAvailable())
        return 77;
    ConsoleVolunteersTest tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_console_volunteers.moc"
