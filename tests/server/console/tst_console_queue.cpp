// SPDX-License-Identifier: GPL-3.0-or-later
// The console's work queue, on SQLite and PostgreSQL, through ApiRouter::handle() as the HTTP
// layer calls it: stations push what visitors send (POST /v1/sync/push), coordinators of each
// role sign in and see their own part of the queue, urgent first; they reveal a phone (audited),
// assign a suggested volunteer, set a status with a note, note a call back, and the station's
// change feed carries each change. Plain phones never appear in the list or the details.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/certificateregistry.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/secrets.h"
#include "server/serverconfig.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace server;
using namespace server::console;

namespace {

const QString residentId = QStringLiteral("120101198001010012"); // made up, valid check digit
const QString helpPhone = QStringLiteral("13812345678");
const QString applicationPhone = QStringLiteral("13700001111");
const QString assessmentPhone = QStringLiteral("13600002222");
const QString bookingPhone = QStringLiteral("13500003333");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString day(int fromToday)
{
    return StationClock::today().addDays(fromToday).toString(Qt::ISODate);
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value("id").toString());
    return out;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class ConsoleQueueTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;
    QString m_helpSoon, m_helpLater, m_application, m_assessment, m_feeWaiver, m_booking, m_staffCall;

    ApiResponse station(const QString &method, const QString &path, const QByteArray &body, const QString &stationId)
    {
        return m_world.send(method, path, body, m_world.token(stationId));
    }
    /// Pushes one item as the station's kiosk does; its id when accepted, else empty.
    QString push(const QString &stationId, const QString &kind, const QJsonObject &payload)
    {
        const QString id = newId();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QJsonObject p = payload;
        p.insert("id", id);
        p.insert("createdAt", now);
        const QJsonObject result = m_world.push(stationId, kind, p, id, now);
        if (result.value("result").toString() != u"accepted")
            qWarning("push of %s refused: %s", qPrintable(kind), qPrintable(result.value("reason").toString()));
        return result.value("result").toString() == u"accepted" ? id : QString();
    }
    /// The station's change rows since the last call: "entity" or "entity:status" for status rows.
    QStringList newChanges(const QString &stationId, QList<QJsonObject> *data = nullptr)
    {
        QStringList out;
        for (const QJsonObject &c : m_world.newChanges(stationId)) {
            const QString status = c.value("data").toObject().value("status").toString();
            out.append(c.value("entity").toString() + (status.isEmpty() ? QString() : u':' + status));
            if (data)
                data->append(c);
        }
        return out;
    }
    QJsonObject helpRequest(const QString &wantedDay, const QString &visitorKey, const QString &phone)
    {
        return {{"helpType", "home_visit"},
                {"visitorKey", visitorKey},
                {"phone", phone},
                {"wantedDay", wantedDay},
                {"dayPart", "any"},
                {"place", QJsonObject{{"kind", "home"}, {"placeId", ""}}},
                {"noteKeys", QJsonArray{"uses_wheelchair"}},
                {"code", "ABC23"}};
    }
    /// A user of the role signed in; `name` is shown in history.
    std::unique_ptr<ConsoleTestClient> signedIn(ConsoleRole role, const QString &district = {}, const QString &stationId = {},
                                                const QString &name = {})
    {
        auto client = std::make_unique<ConsoleTestClient>(*m_router, *m_db);
        if (!client->signInAs(role, district, stationId, {}, name))
            return nullptr;
        return client;
    }
    int count(const QString &sql, const QVariantList &values = {}) { return m_world.count(sql, values); }

private slots:
    void init()
    {
        QVERIFY2(m_world.open(), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        const QList<QPair<QString, QString>> list{{"s1", "Heping"}, {"s2", "Heping"}, {"s3", "Hexi"}};
        for (const auto &[id, district] : list)
            QVERIFY2(m_world.addStation(id, QStringLiteral("%1 站").arg(id), district), qPrintable(m_world.error()));
        {
            // A resident with a card the feed sent to s1, and a volunteer who visits homes.
            Transaction tx(*m_db);
            CertificateRegistry::Record r{residentId, QStringLiteral("Zhang San"), 4, 2, QStringLiteral("issued"),
                                          QStringLiteral("2033-06-30"), QStringLiteral("s1"), QStringLiteral("2023-06-30"),
                                          QStringLiteral("2023-06-30"), {}, 0, {}};
            QVERIFY(CertificateRegistry(*m_db).upsert(r));
            QVERIFY(m_db->exec("INSERT INTO volunteers (id, name, phone, station_id, skills, hours_total, registered_at)"
                               " VALUES ('V1', '王芳', '13900000001', 's1', 'home_visit', 0, 0)"));
            QVERIFY(tx.commit());
        }
        const QString residentKey = Secrets::hmac(StationRegistry(*m_db).cacheKey("s1"), residentId);

        m_helpLater = push("s1", "volunteer_request", helpRequest(day(5), QString(64, u'b'), {}));
        m_application = push("s1", "certificate_application",
                             {{"procedure", "apply"},
                              {"category", 4},
                              {"visitorKey", QString(64, u'c')},
                              {"idNumberMasked", "120101********0012"},
                              {"phone", applicationPhone},
                              {"code", "KLM45"}});
        m_assessment = push("s2", "home_assessment_request",
                            {{"request", "home_assessment"},
                             {"visitorKey", QString(64, u'd')},
                             {"phone", assessmentPhone},
                             {"note", "Stairs at the entrance"},
                             {"code", "DEF45"}});
        m_feeWaiver = push("s3", "home_assessment_request",
                           {{"request", "fee_waiver"}, {"visitorKey", QString(64, u'e')}, {"phone", ""}, {"note", ""}, {"code", "NPQ67"}});
        // No such time at s1: the pushed booking is kept as refused, with the phone for staff to call.
        m_booking = push("s1", "booking",
                         {{"slotId", "rehabilitation-20991210-0900"},
                          {"serviceId", "rehabilitation"},
                          {"startsAt", day(3) + "T09:00:00"},
                          {"queueNumber", 1},
                          {"code", "GHJ67"},
                          {"visitorKey", ""},
                          {"phone", bookingPhone}});
        m_staffCall = push("s3", "help_call", {{"reason", "help_at_kiosk"}});
        // Today, any time: due within a day and nobody assigned.
        m_helpSoon = push("s1", "volunteer_request", helpRequest(day(0), residentKey, helpPhone));
        for (const QString &id : {m_helpSoon, m_helpLater, m_application, m_assessment, m_feeWaiver, m_booking, m_staffCall})
            QVERIFY(!id.isEmpty());
        QCOMPARE(count("SELECT COUNT(*) FROM bookings WHERE status = 'refused'"), 1);
        for (const char *s : {"s1", "s2", "s3"})
            newChanges(s); // the feed so far: each test looks at what it adds
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void everyKindAppearsUrgentFirstThenNewest()
    {
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(city);
        const auto reply = city->get("/console/api/queue");
        QCOMPARE(reply.status(), 200);
        const QJsonArray items = reply.json.value("items").toArray();
        QCOMPARE(reply.json.value("total").toInt(), 7);
        QSet<QString> kinds;
        for (const QJsonValue &v : items)
            kinds.insert(v.toObject().value("kind").toString());
        QCOMPARE(kinds, (QSet<QString>{"help", "application", "home_assessment", "fee_waiver", "booking", "staff_call"}));
        // The staff call (someone waits at the kiosk) and today's help request lead.
        QCOMPARE((QSet<QString>{idsOf(items).at(0), idsOf(items).at(1)}), (QSet<QString>{m_helpSoon, m_staffCall}));
        QString previous;
        bool urgentSeen = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QCOMPARE(item.value("urgent").toBool(), i < 2);
            if (item.value("urgent").toBool() != urgentSeen) {
                urgentSeen = false;
                previous.clear();
            }
            // Newest first within each group (ISO times of one offset compare as text).
            const QString at = item.value("createdAt").toString();
            QVERIFY2(at.endsWith("+08:00"), qPrintable(at));
            QVERIFY2(previous.isEmpty() || at <= previous, qPrintable(at + " after " + previous));
            previous = at;
        }
        const QJsonObject help = items.at(idsOf(items).indexOf(m_helpSoon)).toObject();
        QCOMPARE(help.value("stationId").toString(), QStringLiteral("s1"));
        QCOMPARE(help.value("stationName").toString(), QStringLiteral("s1 站"));
        QCOMPARE(help.value("district").toString(), QStringLiteral("Heping"));
        QCOMPARE(help.value("summary").toObject().value("helpType").toString(), QStringLiteral("home_visit"));
        QCOMPARE(help.value("summary").toObject().value("wantedDay").toString(), day(0));
        const QJsonObject booking = items.at(idsOf(items).indexOf(m_booking)).toObject();
        QCOMPARE(booking.value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(booking.value("summary").toObject().value("startsAt").toString(), day(3) + "T09:00:00");
        QVERIFY(!booking.value("summary").toObject().value("reason").toString().isEmpty());
    }

    void theDatabaseMarksWaitedTooLongAndStartingSoon()
    {
        // Open for four days (an application by the visitor's own time), and a refused booking
        // that starts in two hours: urgent. A done request four days old is not, nor is it open.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 fourDaysAgo = now - 4 * 24 * 3600 * 1000LL;
        QVERIFY(m_db->exec("UPDATE records SET received_at = ? WHERE id = ?", {fourDaysAgo, m_assessment}));
        QVERIFY(m_db->exec("UPDATE certificate_applications SET kiosk_created_at = ? WHERE id = ?", {fourDaysAgo, m_application}));
        QVERIFY(m_db->exec("UPDATE records SET received_at = ?, status = 'done' WHERE id = ?", {fourDaysAgo, m_feeWaiver}));
        const QString soon = QDateTime::fromMSecsSinceEpoch(now + 2 * 3600 * 1000LL, QTimeZone(8 * 3600))
                                 .toString("yyyy-MM-ddTHH:mm:ss");
        QVERIFY(m_db->exec("UPDATE bookings SET starts_at = ? WHERE id = ?", {soon, m_booking}));
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(city);
        const QJsonArray items = city->get("/console/api/queue", {{"open", "0"}}).json.value("items").toArray();
        QSet<QString> urgent;
        for (const QJsonValue &v : items) {
            if (v.toObject().value("urgent").toBool())
                urgent.insert(v.toObject().value("id").toString());
        }
        QCOMPARE(urgent, (QSet<QString>{m_helpSoon, m_staffCall, m_assessment, m_application, m_booking}));
        QCOMPARE(setOf(idsOf(items).mid(0, 5)), urgent);
        // The item alone says the same.
        QVERIFY(city->get("/console/api/queue/" + m_booking).json.value("item").toObject().value("urgent").toBool());
        QVERIFY(!city->get("/console/api/queue/" + m_feeWaiver).json.value("item").toObject().value("urgent").toBool());
        QVERIFY(!city->get("/console/api/queue/" + m_helpLater).json.value("item").toObject().value("urgent").toBool());
    }

    void filtersNarrowTheQueue()
    {
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(city);
        const auto ids = [&](const QUrlQuery &q) { return idsOf(city->get("/console/api/queue", q).json.value("items").toArray()); };
        QCOMPARE(setOf(ids({{"kind", "help"}})),
                 (QSet<QString>{m_helpSoon, m_helpLater}));
        QCOMPARE(ids({{"kind", "fee_waiver"}}), QStringList{m_feeWaiver});
        QCOMPARE(ids({{"kind", "home_assessment"}}), QStringList{m_assessment});
        QCOMPARE(setOf(ids({{"station", "s3"}})),
                 (QSet<QString>{m_feeWaiver, m_staffCall}));
        QCOMPARE(ids({{"district", "Hexi"}}).size(), 2);
        QCOMPARE(ids({{"status", "refused"}}), QStringList{m_booking});
        QCOMPARE(ids({{"day", day(0)}}).size(), 7);
        QCOMPARE(ids({{"day", day(-1)}}).size(), 0);
        // A page: the same order, the total of the whole list.
        const QStringList all = ids({});
        const auto page = city->get("/console/api/queue", {{"limit", "2"}, {"offset", "1"}});
        QCOMPARE(page.json.value("total").toInt(), 7);
        QCOMPARE(idsOf(page.json.value("items").toArray()), all.mid(1, 2));
        const auto bad = city->get("/console/api/queue", {{"kind", "taxi"}});
        QCOMPARE(bad.status(), 400);
        QCOMPARE(bad.json.value("field").toString(), QStringLiteral("kind"));
        QCOMPARE(city->get("/console/api/queue", {{"day", "tomorrow"}}).json.value("field").toString(), QStringLiteral("day"));
    }

    void aLongQueueIsPagedWithoutGapsOrRepeats()
    {
        // 120 more help requests: 20 due today (urgent), 100 in five days; with the seven of
        // init() that is 127 items, 22 urgent, three pages of 50.
        QSet<QString> urgent{m_helpSoon, m_staffCall};
        for (int i = 0; i < 120; ++i) {
            const QString id = push(i % 6 == 0 ? "s1" : i % 6 == 1 ? "s3" : "s2", "volunteer_request",
                                    helpRequest(day(i < 20 ? 0 : 5), QString(64, u'f'), {}));
            QVERIFY(!id.isEmpty());
            if (i < 20)
                urgent.insert(id);
        }
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(city);
        QStringList seen;
        for (int offset : {0, 50, 100}) {
            const auto page = city->get("/console/api/queue", {{"limit", "50"}, {"offset", QString::number(offset)}});
            QCOMPARE(page.status(), 200);
            QCOMPARE(page.json.value("total").toInt(), 127);
            const QJsonArray items = page.json.value("items").toArray();
            QCOMPARE(items.size(), offset < 100 ? 50 : 27);
            for (const QJsonValue &v : items)
                QCOMPARE(v.toObject().value("urgent").toBool(), urgent.contains(v.toObject().value("id").toString()));
            seen += idsOf(items);
        }
        QCOMPARE(seen.size(), 127);
        QCOMPARE(setOf(seen).size(), 127); // none twice, so none missing
        QCOMPARE(setOf(seen.mid(0, 22)), urgent); // every urgent one leads page 1
        QCOMPARE(city->get("/console/api/queue", {{"offset", "127"}}).json.value("items").toArray().size(), 0);
        // Filters and scope narrow the count and the pages alike.
        auto heping = signedIn(ConsoleRole::District, "Heping");
        QVERIFY(heping);
        const auto help = heping->get("/console/api/queue", {{"kind", "help"}, {"limit", "30"}, {"offset", "60"}});
        QCOMPARE(help.json.value("total").toInt(), 2 + 100); // s1 and s2: two of every three, and init()'s two
        QCOMPARE(help.json.value("items").toArray().size(), 30);
        for (const QJsonValue &v : help.json.value("items").toArray())
            QVERIFY(v.toObject().value("stationId").toString() != u"s3");
    }

    void eachRoleSeesItsOwnPart()
    {
        auto city = signedIn(ConsoleRole::City);
        auto heping = signedIn(ConsoleRole::District, "Heping");
        auto s1 = signedIn(ConsoleRole::Station, "Heping", "s1");
        QVERIFY(city && heping && s1);
        QCOMPARE(city->get("/console/api/queue").json.value("total").toInt(), 7);
        const QJsonArray district = heping->get("/console/api/queue").json.value("items").toArray();
        QCOMPARE(district.size(), 5);
        for (const QJsonValue &v : district)
            QVERIFY(QStringList({"s1", "s2"}).contains(v.toObject().value("stationId").toString()));
        const QJsonArray own = s1->get("/console/api/queue").json.value("items").toArray();
        QCOMPARE(setOf(idsOf(own)),
                 (QSet<QString>{m_helpSoon, m_helpLater, m_application, m_booking}));
        // Asking for another district's station does not widen the scope.
        QCOMPARE(heping->get("/console/api/queue", {{"station", "s3"}}).json.value("total").toInt(), 0);

        // Another station's item is answered as if it did not exist, and is left alone.
        QCOMPARE(s1->get("/console/api/queue/" + m_assessment).status(), 404);
        QCOMPARE(s1->get("/console/api/queue/" + m_staffCall).error(), QStringLiteral("not_found"));
        QCOMPARE(heping->get("/console/api/queue/" + m_staffCall).status(), 404);
        QCOMPARE(s1->post("/console/api/queue/" + m_assessment + "/phone").status(), 404);
        QCOMPARE(s1->post("/console/api/queue/" + m_assessment + "/status", {{"status", "accepted"}}).status(), 404);
        QCOMPARE(heping->post("/console/api/queue/" + m_staffCall + "/callback").status(), 404);
        QCOMPARE(s1->get("/console/api/queue/no-such-item").status(), 404);
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {m_assessment}).toString(), QStringLiteral("submitted"));
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {m_staffCall}).toString(), QStringLiteral("submitted"));
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action IN ('changed', 'revealed_phone', 'viewed')"
                       " AND entity <> 'queue'"),
                 0);
        QVERIFY(newChanges("s2").isEmpty());
        QCOMPARE(heping->get("/console/api/queue/" + m_assessment).status(), 200);
    }

    void assigningASuggestedVolunteerReachesTheStation()
    {
        auto s1 = signedIn(ConsoleRole::Station, "Heping", "s1", QStringLiteral("李静"));
        QVERIFY(s1);
        const auto suggestions = s1->get("/console/api/queue/" + m_helpLater + "/suggestions");
        QCOMPARE(suggestions.status(), 200);
        const QJsonArray list = suggestions.json.value("suggestions").toArray();
        QVERIFY(!list.isEmpty());
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value("volunteerId").toString(), QStringLiteral("V1"));
        QVERIFY(first.value("homeStation").toBool());
        QCOMPARE(s1->get("/console/api/queue/" + m_booking + "/suggestions").status(), 409);

        const auto assigned = s1->post("/console/api/queue/" + m_helpLater + "/assign",
                                       {{"volunteerId", "V1"}, {"agreedAt", day(5) + "T09:30"}, {"note", "Meets at the gate"}});
        QCOMPARE(assigned.status(), 200);
        const QJsonObject item = assigned.json.value("item").toObject();
        QCOMPARE(item.value("status").toString(), QStringLiteral("assigned"));
        QCOMPARE(item.value("assignedVolunteer").toObject().value("volunteerId").toString(), QStringLiteral("V1"));
        QCOMPARE(item.value("assignedVolunteer").toObject().value("agreedAt").toString(), day(5) + "T09:30");

        QList<QJsonObject> rows;
        const QStringList changes = newChanges("s1", &rows);
        QCOMPARE(changes, (QStringList{"assignment", "request_status:accepted", "request_status:assigned"}));
        QCOMPARE(rows.at(0).value("data").toObject().value("requestId").toString(), m_helpLater);
        QCOMPARE(rows.at(2).value("key").toString(), m_helpLater);
        QCOMPARE(rows.at(2).value("data").toObject().value("agreedAt").toString(), day(5) + "T09:30");

        const auto detail = s1->get("/console/api/queue/" + m_helpLater);
        const QJsonArray history = detail.json.value("history").toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value("action").toString(), QStringLiteral("assigned"));
        QCOMPARE(history.at(0).toObject().value("by").toString(), QStringLiteral("李静"));
        QCOMPARE(history.at(0).toObject().value("note").toString(), QStringLiteral("Meets at the gate"));
        QCOMPARE(detail.json.value("allowedStatuses").toArray(), (QJsonArray{"done", "cancelled"}));
        auto audit = m_db->exec("SELECT detail FROM console_audit WHERE action = 'changed' AND entity = 'help_request'"
                                " AND entity_id = ? AND station_id = 's1'",
                                {m_helpLater});
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("volunteer V1 assigned"));

        // An unknown volunteer names the field, and changes nothing.
        const auto unknown = s1->post("/console/api/queue/" + m_helpSoon + "/assign", {{"volunteerId", "V404"}});
        QCOMPARE(unknown.status(), 422);
        QCOMPARE(unknown.json.value("field").toString(), QStringLiteral("volunteerId"));
        QVERIFY(newChanges("s1").isEmpty());
    }

    void anotherDistrictsVolunteerIsNeitherSuggestedNorAssignable()
    {
        // A Hexi volunteer who visits homes too: not for Heping's coordinators to see or send.
        QVERIFY(m_db->exec("INSERT INTO volunteers (id, name, phone, station_id, district, skills, hours_total, registered_at)"
                           " VALUES ('V3', '赵磊', '13900000003', 's3', 'Hexi', 'home_visit', 0, 0)"));
        const auto suggested = [&](ConsoleTestClient &client) {
            QStringList out;
            const auto r = client.get("/console/api/queue/" + m_helpLater + "/suggestions");
            for (const QJsonValue &v : r.json.value("suggestions").toArray())
                out.append(v.toObject().value("volunteerId").toString());
            return out;
        };
        auto s1 = signedIn(ConsoleRole::Station, "Heping", "s1");
        auto heping = signedIn(ConsoleRole::District, "Heping");
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(s1 && heping && city);
        for (ConsoleTestClient *client : {s1.get(), heping.get()}) {
            const QStringList ids = suggested(*client);
            QVERIFY2(ids.contains("V1") && !ids.contains("V3"), qPrintable(ids.join(u',')));
            const auto refused = client->post("/console/api/queue/" + m_helpLater + "/assign", {{"volunteerId", "V3"}});
            QCOMPARE(refused.status(), 422);
            QCOMPARE(refused.error(), QStringLiteral("invalid_field"));
            QCOMPARE(refused.json.value("field").toString(), QStringLiteral("volunteerId"));
            QVERIFY(!refused.response.body.contains("赵磊"));
        }
        QCOMPARE(count("SELECT COUNT(*) FROM assignments"), 0);
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {m_helpLater}).toString(), QStringLiteral("submitted"));
        QCOMPARE(count("SELECT COUNT(*) FROM console_notes"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'changed'"), 0);
        QVERIFY(newChanges("s1").isEmpty());
        // The city sees every volunteer and may send any of them.
        QVERIFY(suggested(*city).contains("V3"));
        const auto assigned = city->post("/console/api/queue/" + m_helpLater + "/assign", {{"volunteerId", "V3"}});
        QCOMPARE(assigned.status(), 200);
        QCOMPARE(assigned.json.value("item").toObject().value("assignedVolunteer").toObject().value("volunteerId").toString(),
                 QStringLiteral("V3"));
    }

    void aListLookIsAuditedOnceWithItsFilters()
    {
        auto heping = signedIn(ConsoleRole::District, "Heping");
        QVERIFY(heping);
        QCOMPARE(heping->get("/console/api/queue", {{"kind", "help"}, {"station", "s1"}, {"open", "0"}}).status(), 200);
        auto q = m_db->exec("SELECT login, entity, entity_id, station_id, detail FROM console_audit WHERE action = 'viewed'");
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), heping->user().login);
        QCOMPARE(q->value(1).toString(), QStringLiteral("queue"));
        QCOMPARE(q->value(2).toString(), QString());
        QCOMPARE(q->value(3).toString(), QStringLiteral("s1"));
        const QString detail = q->value(4).toString();
        QVERIFY2(detail.contains("kind help") && detail.contains("station s1") && detail.contains("open 0"), qPrintable(detail));
        QVERIFY(!q->next()); // one row for the whole answer, not one per item
        QVERIFY(heping->get("/console/api/queue", {{"status", "submitted"}}).status() == 200);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'viewed' AND entity = 'queue'"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'viewed' AND entity <> 'queue'"), 0);
        // A refused filter is no look.
        QCOMPARE(heping->get("/console/api/queue", {{"kind", "taxi"}}).status(), 400);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'viewed'"), 2);
    }

    void aStatusWithANoteShowsInTheHistory()
    {
        auto heping = signedIn(ConsoleRole::District, "Heping", {}, QStringLiteral("张伟"));
        QVERIFY(heping);
        const auto before = heping->get("/console/api/queue/" + m_assessment);
        QCOMPARE(before.json.value("allowedStatuses").toArray(), (QJsonArray{"accepted", "cancelled"}));
        QCOMPARE(before.json.value("details").toObject().value("note").toString(), QStringLiteral("Stairs at the entrance"));
        const auto r = heping->post("/console/api/queue/" + m_assessment + "/status",
                                    {{"status", "accepted"}, {"note", "Rang back, visit on Thursday"}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("item").toObject().value("status").toString(), QStringLiteral("accepted"));
        QCOMPARE(newChanges("s2"), QStringList{"request_status:accepted"});
        const QJsonArray history = heping->get("/console/api/queue/" + m_assessment).json.value("history").toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject entry = history.at(0).toObject();
        QCOMPARE(entry.value("by").toString(), QStringLiteral("张伟"));
        QCOMPARE(entry.value("action").toString(), QStringLiteral("status"));
        QCOMPARE(entry.value("status").toString(), QStringLiteral("accepted"));
        QCOMPARE(entry.value("note").toString(), QStringLiteral("Rang back, visit on Thursday"));
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'changed' AND entity = 'assessment' AND entity_id = ?"
                       " AND detail = 'status submitted -> accepted'",
                       {m_assessment}),
                 1);

        // An application moves by its own desk: refused needs the visitor's reason.
        const auto noReason = heping->post("/console/api/queue/" + m_application + "/status", {{"status", "refused"}});
        QCOMPARE(noReason.status(), 422);
        QCOMPARE(noReason.json.value("field").toString(), QStringLiteral("reason"));
        QCOMPARE(heping->post("/console/api/queue/" + m_application + "/status", {{"status", "accepted"}}).status(), 200);
        const auto done = heping->post("/console/api/queue/" + m_application + "/status",
                                       {{"status", "done"},
                                        {"pickupPlace", QJsonObject{{"zh", "二楼窗口"}, {"en", "Window 2, first floor"}}}});
        QCOMPARE(done.status(), 200);
        QList<QJsonObject> rows;
        QCOMPARE(newChanges("s1", &rows), (QStringList{"application_status:accepted", "application_status:done"}));
        QCOMPARE(rows.at(1).value("data").toObject().value("pickupPlace").toObject().value("en").toString(),
                 QStringLiteral("Window 2, first floor"));
        // Done: the phone is gone, as the desk keeps it only while the application is open.
        QCOMPARE(heping->post("/console/api/queue/" + m_application + "/phone").status(), 404);
        QVERIFY(!idsOf(heping->get("/console/api/queue").json.value("items").toArray()).contains(m_application));
        QVERIFY(idsOf(heping->get("/console/api/queue", {{"open", "0"}}).json.value("items").toArray()).contains(m_application));
    }

    void changesMadeOutsideTheConsoleShowInTheHistory()
    {
        // The server's own moves (as `kiosk-server admin` makes them): an assignment, then the
        // request done; and a visitor's cancellation of a booking at the kiosk.
        QString problem;
        QVERIFY2(RecordStore(*m_db).assign(m_helpLater, "V1", {}, &problem), qPrintable(problem));
        QVERIFY2(RecordStore(*m_db).setStatus(m_helpLater, "done", &problem), qPrintable(problem));
        QVERIFY(m_db->exec("UPDATE bookings SET status = 'cancelled', changed_at = changed_at + 60000 WHERE id = ?", {m_booking}));
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(city);
        const QJsonArray help = city->get("/console/api/queue/" + m_helpLater).json.value("history").toArray();
        QStringList seen;
        for (const QJsonValue &v : help) {
            const QJsonObject e = v.toObject();
            seen.append(e.value("by").toString() + u' ' + e.value("action").toString() + u' ' + e.value("status").toString());
        }
        QCOMPARE(seen, (QStringList{"server assigned assigned", "server status done"}));
        QCOMPARE(help.at(0).toObject().value("note").toString(), QStringLiteral("volunteer V1"));
        QVERIFY(!QJsonDocument(help).toJson().contains("王芳")); // a number, not the volunteer's name
        const QJsonArray booking = city->get("/console/api/queue/" + m_booking).json.value("history").toArray();
        QCOMPARE(booking.size(), 1);
        QCOMPARE(booking.at(0).toObject().value("by").toString(), QStringLiteral("kiosk"));
        QCOMPARE(booking.at(0).toObject().value("status").toString(), QStringLiteral("cancelled"));
        // Nothing happened to the assessment yet: no history at all.
        QCOMPARE(city->get("/console/api/queue/" + m_assessment).json.value("history").toArray().size(), 0);
    }

    void aStatusTheDeskRefusesChangesNothing()
    {
        auto city = signedIn(ConsoleRole::City);
        QVERIFY(city);
        for (const char *status : {"done", "assigned", "refused", "closed"}) {
            const auto r = city->post("/console/api/queue/" + m_helpSoon + "/status", {{"status", status}, {"note", "x"}});
            QCOMPARE(r.status(), 409);
            QCOMPARE(r.error(), QStringLiteral("conflict"));
        }
        QCOMPARE(city->post("/console/api/queue/" + m_booking + "/status", {{"status", "confirmed"}}).status(), 409);
        QCOMPARE(city->post("/console/api/queue/" + m_application + "/status", {{"status", "done"}}).status(), 409);
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {m_helpSoon}).toString(), QStringLiteral("submitted"));
        QCOMPARE(m_db->scalar("SELECT status FROM certificate_applications WHERE id = ?", {m_application}).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(count("SELECT COUNT(*) FROM console_notes"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'changed'"), 0);
        QVERIFY(newChanges("s1").isEmpty());
        QCOMPARE(city->post("/console/api/queue/" + m_helpSoon + "/status", {{"note", "x"}}).status(), 400);
    }

    void thePhoneIsShownOnlyWhenRevealedAndLogged()
    {
        auto s1 = signedIn(ConsoleRole::Station, "Heping", "s1");
        QVERIFY(s1);
        const auto list = s1->get("/console/api/queue", {{"open", "0"}});
        const auto detail = s1->get("/console/api/queue/" + m_helpSoon);
        QCOMPARE(detail.status(), 200);
        QCOMPARE(detail.json.value("phoneMasked").toString(), QStringLiteral("138****5678"));
        // The server sent s1 this visitor's card under the key the request carries.
        QCOMPARE(detail.json.value("idMasked").toString(), QStringLiteral("120101********0012"));
        QCOMPARE(detail.json.value("item").toObject().value("id").toString(), m_helpSoon);
        QVERIFY(detail.json.value("canAssign").toBool());
        QVERIFY(detail.json.value("canCallBack").toBool());
        const auto later = s1->get("/console/api/queue/" + m_helpLater);
        QVERIFY(later.json.value("phoneMasked").isNull());
        QVERIFY(later.json.value("idMasked").isNull()); // a key the server never sent
        QVERIFY(!later.json.value("canCallBack").toBool());
        const auto application = s1->get("/console/api/queue/" + m_application);
        QCOMPARE(application.json.value("idMasked").toString(), QStringLiteral("120101********0012"));
        QCOMPARE(application.json.value("phoneMasked").toString(), QStringLiteral("137****1111"));
        const auto booking = s1->get("/console/api/queue/" + m_booking);
        QCOMPARE(booking.json.value("phoneMasked").toString(), QStringLiteral("135****3333"));
        QCOMPARE(booking.json.value("allowedStatuses").toArray(), QJsonArray{"cancelled"});
        for (const auto *r : {&list, &detail, &later, &application, &booking}) {
            for (const QString &phone : {helpPhone, applicationPhone, bookingPhone})
                QVERIFY2(!r->response.body.contains(phone.toLatin1()), r->response.body.constData());
            QVERIFY(!r->response.body.contains(residentId.toLatin1()));
            QVERIFY(!r->response.body.contains(QString(64, u'c').toLatin1())); // nor a visitor's key
        }
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'viewed' AND entity_id = ? AND login = ?",
                       {m_helpSoon, s1->user().login}),
                 1);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'revealed_phone'"), 0);

        const auto revealed = s1->post("/console/api/queue/" + m_helpSoon + "/phone");
        QCOMPARE(revealed.status(), 200);
        QCOMPARE(revealed.json.value("phone").toString(), helpPhone);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'revealed_phone' AND entity = 'help_request'"
                       " AND entity_id = ? AND login = ? AND station_id = 's1'",
                       {m_helpSoon, s1->user().login}),
                 1);
        // Nothing to reveal: no second audit row.
        QCOMPARE(s1->post("/console/api/queue/" + m_helpLater + "/phone").status(), 404);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE action = 'revealed_phone'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE detail LIKE ?", {"%" + helpPhone + "%"}), 0);
    }

    void callingBackAnswersAStaffCall()
    {
        auto city = signedIn(ConsoleRole::City, {}, {}, QStringLiteral("陈明"));
        QVERIFY(city);
        const auto detail = city->get("/console/api/queue/" + m_staffCall);
        QVERIFY(detail.json.value("canCallBack").toBool());
        QVERIFY(!detail.json.value("canAssign").toBool());
        QCOMPARE(detail.json.value("details").toObject().value("reason").toString(), QStringLiteral("help_at_kiosk"));
        const auto r = city->post("/console/api/queue/" + m_staffCall + "/callback", {{"note", "Went to the kiosk"}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("item").toObject().value("status").toString(), QStringLiteral("done"));
        QVERIFY(!r.json.value("item").toObject().value("open").toBool());
        QCOMPARE(newChanges("s3"), QStringList{"request_status:done"});
        const QJsonArray history = city->get("/console/api/queue/" + m_staffCall).json.value("history").toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value("action").toString(), QStringLiteral("called_back"));
        QCOMPARE(history.at(0).toObject().value("by").toString(), QStringLiteral("陈明"));
        QVERIFY(!idsOf(city->get("/console/api/queue").json.value("items").toArray()).contains(m_staffCall));
        QCOMPARE(city->post("/console/api/queue/" + m_staffCall + "/callback").status(), 409);

        // A refused booking: called back, it leaves the open queue; cancelling tells the kiosk.
        QCOMPARE(city->post("/console/api/queue/" + m_booking + "/callback").status(), 200);
        QVERIFY(!idsOf(city->get("/console/api/queue").json.value("items").toArray()).contains(m_booking));
        const QJsonArray everything = city->get("/console/api/queue", {{"open", "0"}, {"kind", "booking"}}).json.value("items").toArray();
        QCOMPARE(idsOf(everything), QStringList{m_booking});
        QVERIFY(everything.at(0).toObject().value("summary").toObject().value("calledBack").toBool());
        QVERIFY(newChanges("s1").isEmpty());
        QCOMPARE(city->post("/console/api/queue/" + m_booking + "/status", {{"status", "cancelled"}}).status(), 200);
        QCOMPARE(newChanges("s1"), QStringList{"booking_status:cancelled"});
        QCOMPARE(m_db->scalar("SELECT status FROM bookings WHERE id = ?", {m_booking}).toString(), QStringLiteral("cancelled"));
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleQueueTest)
#include "tst_console_queue.moc"
