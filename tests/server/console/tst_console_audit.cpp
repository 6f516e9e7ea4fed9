// SPDX-License-Identifier: GPL-3.0-or-later
// The console's audit log on a real database (SQLite, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql): help requests pushed by enrolled stations over /v1/sync/push, a
// coordinator opens one and reveals its phone through the work queue's own routes, and the audit
// page says who did it and when; a station's staff see only their own station's rows, a district
// only its stations' and its people's; no row ever holds a phone or an ID number, even when a
// coordinator writes one into a note.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"
#include "wholenumbers.h"

#include "server/apirouter.h"
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

const QString phoneOfS1 = QStringLiteral("13812345678");
const QString phoneOfS2 = QStringLiteral("13987654321");
// GB 11643's own example, no real person.
const QString idNumber = QStringLiteral("11010519491231002X");

QSet<QString> stationsOf(const QJsonArray &entries)
{
    QSet<QString> out;
    for (const QJsonValue &e : entries)
        out.insert(e.toObject().value("stationId").toString());
    return out;
}

} // namespace

class ConsoleAuditTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;
    QHash<QString, QString> m_requestOf; ///< station -> its pushed help request's record id

    bool pushHelpRequest(const QString &station, const QString &phone, char visitor)
    {
        const QString id = ConsoleTestWorld::newId();
        const QJsonObject result = m_world.push(station, "volunteer_request",
                                                {{"helpType", "accompany_to_hospital"},
                                                 {"visitorKey", QString(64, QLatin1Char(visitor))},
                                                 {"phone", phone}},
                                                id);
        m_requestOf.insert(station, id);
        return result.value("result").toString() == u"accepted";
    }
    /// The queue item of the station's help request, as the page finds it in the list.
    QString itemOf(ConsoleTestClient &client, const QString &station)
    {
        const auto list = client.get("/console/api/queue", {{"kind", "help"}, {"station", station}});
        if (list.status() != 200)
            return {};
        const QJsonArray items = list.json.value("items").toArray();
        return items.size() == 1 ? items.at(0).toObject().value("id").toString() : QString();
    }
    QJsonArray audit(ConsoleTestClient &client, const QUrlQuery &query = {})
    {
        const auto reply = client.get("/console/api/audit", query);
        if (reply.status() != 200)
            qWarning("audit answered %d %s", reply.status(), reply.response.body.constData());
        return reply.json.value("entries").toArray();
    }

private slots:
    void init()
    {
        QVERIFY2(m_world.open(), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        const QList<QPair<QString, QString>> all{{"s1", "d1"}, {"s2", "d1"}, {"s3", "d2"}};
        for (const auto &[id, district] : all)
            QVERIFY2(m_world.addStation(id, id, district), qPrintable(m_world.error()));
        QVERIFY(pushHelpRequest("s1", phoneOfS1, 'a'));
        QVERIFY(pushHelpRequest("s2", phoneOfS2, 'b'));
        QVERIFY(pushHelpRequest("s3", phoneOfS2, 'c'));
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void aViewAndARevealedPhoneAreLoggedWithWhoAndWhen()
    {
        ConsoleTestClient coordinator(*m_router, *m_db);
        QVERIFY(coordinator.signInAs(ConsoleRole::District, "d1", {}, "d1.wang", QStringLiteral("王芳")));
        const QString item = itemOf(coordinator, "s1");
        QVERIFY(!item.isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QCOMPARE(coordinator.get("/console/api/queue/" + item).status(), 200);
        const auto revealed = coordinator.post("/console/api/queue/" + item + "/phone");
        QCOMPARE(revealed.status(), 200);
        QCOMPARE(revealed.json.value("phone").toString(), phoneOfS1);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QJsonArray entries = audit(city, {{"login", "d1.wang"}, {"entity", "help_request"}});
        QCOMPARE(entries.size(), 2);
        // Newest first: the reveal, then the view.
        const QStringList actions{entries.at(0).toObject().value("action").toString(),
                                  entries.at(1).toObject().value("action").toString()};
        QCOMPARE(actions, (QStringList{"revealed_phone", "viewed"}));
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value("login").toString(), QStringLiteral("d1.wang"));
            QCOMPARE(e.value("displayName").toString(), QStringLiteral("王芳"));
            QCOMPARE(e.value("entityId").toString(), item);
            QCOMPARE(e.value("stationId").toString(), QStringLiteral("s1"));
            const QDateTime at = QDateTime::fromString(e.value("at").toString(), Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && at >= before && at <= after, qPrintable(e.value("at").toString()));
            // The stations' clock, with its offset, as every time on the console.
            QVERIFY(e.value("at").toString().endsWith("+08:00"));
        }
        // The same rows by action and by day; none before today or after it.
        QCOMPARE(audit(city, {{"action", "revealed_phone"}}).size(), 1);
        const QString today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().toString(Qt::ISODate);
        QCOMPARE(audit(city, {{"login", "d1.wang"}, {"entity", "help_request"}, {"from", today}, {"to", today}}).size(), 2);
        const QString tomorrow = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().addDays(1).toString(Qt::ISODate);
        QCOMPARE(audit(city, {{"login", "d1.wang"}, {"from", tomorrow}}).size(), 0);
    }

    void aStationSeesOnlyItsOwnStationsRows()
    {
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        for (const char *station : {"s1", "s2", "s3"}) {
            const QString item = itemOf(city, QString::fromLatin1(station));
            QVERIFY(!item.isEmpty());
            QCOMPARE(city.get("/console/api/queue/" + item).status(), 200);
        }
        QCOMPARE(stationsOf(audit(city, {{"action", "viewed"}})), (QSet<QString>{"s1", "s2", "s3"}));

        ConsoleTestClient s2(*m_router, *m_db);
        QVERIFY(s2.signInAs(ConsoleRole::Station, "d1", "s2"));
        const QJsonArray own = audit(s2);
        QVERIFY(!own.isEmpty());
        QCOMPARE(stationsOf(own), QSet<QString>{"s2"});
        // Asked for everything the city's user viewed, the station still gets its own row only.
        QCOMPARE(audit(s2, {{"login", city.user().login}, {"action", "viewed"}, {"entity", "help_request"}}).size(), 1);

        ConsoleTestClient d2(*m_router, *m_db);
        QVERIFY(d2.signInAs(ConsoleRole::District, "d2"));
        const QSet<QString> seenByD2 = stationsOf(audit(d2));
        QVERIFY(!seenByD2.contains("s1") && !seenByD2.contains("s2"));
        QVERIFY(seenByD2.contains("s3"));

        ConsoleTestClient d1(*m_router, *m_db);
        QVERIFY(d1.signInAs(ConsoleRole::District, "d1"));
        const QSet<QString> seenByD1 = stationsOf(audit(d1, {{"action", "viewed"}}));
        QCOMPARE(seenByD1, (QSet<QString>{"s1", "s2"}));
        // The district sees what its own people did, station s2's staff included.
        const QJsonArray byS2Staff = audit(d1, {{"login", s2.user().login}});
        const QJsonArray byS2StaffForD2 = audit(d2, {{"login", s2.user().login}});
        QCOMPARE(byS2StaffForD2.size(), 0);
        QCOMPARE(byS2Staff.size(), audit(city, {{"login", s2.user().login}}).size());
    }

    void noRowHoldsAPhoneOrAnIdNumber()
    {
        ConsoleTestClient coordinator(*m_router, *m_db);
        QVERIFY(coordinator.signInAs(ConsoleRole::City, {}, {}, "city.li", QStringLiteral("李强")));
        for (const char *station : {"s1", "s2"}) {
            const QString item = itemOf(coordinator, QString::fromLatin1(station));
            QVERIFY(!item.isEmpty());
            QCOMPARE(coordinator.get("/console/api/queue/" + item).status(), 200);
            QCOMPARE(coordinator.post("/console/api/queue/" + item + "/phone").status(), 200);
            // A note with the visitor's number and ID number in it: the note is the item's
            // history, the audit only says what changed.
            const auto changed = coordinator.post("/console/api/queue/" + item + "/status",
                                                  {{"status", "accepted"},
                                                   {"note", QStringLiteral("回电 %1，证号 %2").arg(phoneOfS1, idNumber)}});
            QCOMPARE(changed.status(), 200);
        }
        QCOMPARE(coordinator.get("/console/api/figures/export", {{"table", "byStation"}}).status(), 200);

        auto q = m_db->exec("SELECT login, action, entity, entity_id, station_id, detail FROM console_audit");
        QVERIFY(q);
        int rows = 0;
        QSet<QString> actions;
        while (q->next()) {
            ++rows;
            actions.insert(q->value(1).toString());
            for (int c = 0; c < 6; ++c) {
                const QString v = q->value(c).toString();
                QVERIFY2(!v.contains(phoneOfS1) && !v.contains(phoneOfS2) && !v.contains(idNumber), qPrintable(v));
                // Whole numbers only: a row's id is a random UUID (WholeNumbers says why).
                QVERIFY2(!WholeNumbers::holdsElevenDigits(v) && !WholeNumbers::holdsAnIdNumber(v), qPrintable(v));
            }
        }
        q.reset();
        QVERIFY(actions.contains("viewed") && actions.contains("revealed_phone") && actions.contains("changed")
                && actions.contains("exported"));
        QVERIFY(rows >= 7);
        // And what the audit page gets is those rows, with nothing added.
        const auto page = coordinator.get("/console/api/audit");
        QCOMPARE(page.status(), 200);
        QVERIFY(!page.response.body.contains(phoneOfS1.toUtf8()) && !page.response.body.contains(idNumber.toUtf8()));
    }

    void pagesAndTheirTotal()
    {
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QString item = itemOf(city, "s1");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(city.get("/console/api/queue/" + item).status(), 200);
        const auto first = city.get("/console/api/audit", {{"action", "viewed"}, {"entity", "help_request"}, {"limit", "2"}});
        QCOMPARE(first.status(), 200);
        QCOMPARE(first.json.value("total").toInt(), 5);
        QCOMPARE(first.json.value("entries").toArray().size(), 2);
        const auto last = city.get("/console/api/audit", {{"action", "viewed"}, {"entity", "help_request"}, {"limit", "2"}, {"offset", "4"}});
        QCOMPARE(last.json.value("entries").toArray().size(), 1);
        QCOMPARE(last.json.value("total").toInt(), 5);
        QCOMPARE(city.get("/console/api/audit", {{"limit", "0"}}).status(), 400);
        QCOMPARE(city.get("/console/api/audit", {{"limit", "501"}}).status(), 400);
        const auto badDay = city.get("/console/api/audit", {{"from", "yesterday"}});
        QCOMPARE(badDay.status(), 400);
        QCOMPARE(badDay.json.value("field").toString(), QStringLiteral("from"));
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleAuditTest)
#include "tst_console_audit.moc"
