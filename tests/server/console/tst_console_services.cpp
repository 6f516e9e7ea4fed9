// SPDX-License-Identifier: GPL-3.0-or-later
// The console's services and times, on SQLite and PostgreSQL: the catalogue in both languages;
// a district coordinator's edit of a service's texts, pattern and capacity reaches every
// kiosk's change feed (a station's staff may not edit it: 403); closing a station's day closes
// its times and the kiosks hear it; today's times count their bookings, per station in scope.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"
#include "wholenumbers.h"

#include "server/apirouter.h"
#include "server/catalogue.h"
#include "server/console/consolerole.h"
#include "server/database.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"
#include "translations/catalogues.h"

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

QString todayAt(const QString &time)
{
    return StationClock::today().toString(Qt::ISODate) + u'T' + time + QStringLiteral(":00");
}

QJsonObject byKey(const QJsonArray &list, const QString &key, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class ConsoleServicesTest : public QObject
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
    /// The station's change rows since the last call: (entity, key, data).
    QList<std::tuple<QString, QString, QJsonObject>> newChanges(const QString &station)
    {
        QList<std::tuple<QString, QString, QJsonObject>> out;
        for (const QJsonObject &c : m_world.newChanges(station))
            out.append({c.value("entity").toString(), c.value("key").toString(), c.value("data").toObject()});
        return out;
    }
    /// A visitor at the station's kiosk books a place, giving a phone for staff to call or
    /// none; the HTTP status.
    int book(const QString &station, const QString &slotId, const QString &startsAt, const QString &phone = {})
    {
        QJsonObject booking{{"id", newId()}, {"slotId", slotId}, {"serviceId", "rehab"}, {"startsAt", startsAt},
                            {"code", "K7P3Q"}, {"visitorKey", QString(64, u'b')}};
        if (!phone.isEmpty())
            booking.insert("phone", phone);
        return kiosk("POST", "/v1/bookings", booking, station).status;
    }
    /// A booking of one of today's times, as the booking desk stores it: a confirmed one takes
    /// a place on the slot, a refused one is only kept for staff to call.
    bool placeBooking(const QString &station, const QString &slotId, const QString &status)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto slot = SlotBoard(*m_db).find(station, slotId);
        if (!slot)
            return false;
        Transaction tx(*m_db);
        if (!m_db->exec("INSERT INTO bookings (id, station_id, slot_id, service_code, starts_at, code, visitor_key, status,"
                        " reason, created_at, changed_at) VALUES (?, ?, ?, 'rehab', ?, 'K7P3Q', ?, ?, ?, ?, ?)",
                        {newId(), station, slotId, slot->startsAt, QString(64, u'b'), status,
                         status == u"refused" ? QStringLiteral("This time is fully booked.") : QString(), now, now}))
            return false;
        if (status == u"confirmed"
            && !m_db->exec("UPDATE slots SET taken = taken + 1 WHERE id = ? AND station_id = ?", {slotId, station}))
            return false;
        return tx.commit();
    }
    int auditRows(const QString &entity, const QString &entityId)
    {
        return m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE action = 'changed' AND entity = ? AND entity_id = ?",
                            {entity, entityId})
            .toInt();
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
        ServiceDefinition rehab;
        rehab.code = "rehab";
        rehab.category = "rehabilitation";
        rehab.name = {"康复训练", "Rehabilitation training"};
        rehab.offers = {"一对一康复训练", "One-to-one training"};
        rehab.weeklyHours = "mon-sun 08:00-23:59";
        rehab.slotMinutes = 30;
        rehab.capacity = 2;
        rehab.bookable = true;
        rehab.sortOrder = 1;
        ServiceDefinition legal;
        legal.code = "legal-aid";
        legal.category = "legal";
        legal.name = {"法律援助", "Legal aid"};
        legal.sortOrder = 2;
        Transaction tx(*m_db);
        Catalogue catalogue(*m_db);
        QVERIFY(catalogue.upsertService(rehab) && catalogue.upsertService(legal));
        // Two times late today at s1 and s3, one tomorrow at s1.
        SlotBoard board(*m_db);
        const QString tomorrow = StationClock::today().addDays(1).toString(Qt::ISODate);
        for (const QString &station : {QStringLiteral("s1"), QStringLiteral("s3")}) {
            QVERIFY(board.put({"rehab-late1", station, "rehab", todayAt("23:00"), todayAt("23:30"), 2, 0, false}));
            QVERIFY(board.put({"rehab-late2", station, "rehab", todayAt("23:30"), todayAt("23:59"), 2, 0, false}));
        }
        QVERIFY(board.put({"rehab-next", "s1", "rehab", tomorrow + "T09:00:00", tomorrow + "T09:30:00", 2, 0, false}));
        QVERIFY(tx.commit());
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void theCatalogueInBothLanguages()
    {
        ConsoleTestClient station(*m_router, *m_db);
        QVERIFY(station.signInAs(ConsoleRole::Station, "Hexi", "s3"));
        auto r = station.get("/console/api/services");
        QCOMPARE(r.status(), 200);
        const QJsonArray services = r.json.value("services").toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).toObject().value("code").toString(), QStringLiteral("rehab"));
        const QJsonObject rehab = services.at(0).toObject();
        QCOMPARE(rehab.value("name").toObject().value("zh").toString(), QStringLiteral("康复训练"));
        QCOMPARE(rehab.value("name").toObject().value("en").toString(), QStringLiteral("Rehabilitation training"));
        QCOMPARE(rehab.value("offers").toObject().value("en").toString(), QStringLiteral("One-to-one training"));
        QCOMPARE(rehab.value("pattern").toString(), QStringLiteral("mon-sun 08:00-23:59"));
        QCOMPARE(rehab.value("capacity").toInt(), 2);
        QCOMPARE(services.at(1).toObject().value("name").toObject().value("zh").toString(), QStringLiteral("法律援助"));
        r = station.get("/console/api/services/legal-aid");
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("service").toObject().value("name").toObject().value("en").toString(), QStringLiteral("Legal aid"));
        QCOMPARE(station.get("/console/api/services/nothing").status(), 404);
    }

    void anEditReachesEveryKioskAndStationStaffMayNotEdit()
    {
        newChanges("s1");
        newChanges("s3");
        ConsoleTestClient station(*m_router, *m_db);
        QVERIFY(station.signInAs(ConsoleRole::Station, "Heping", "s1"));
        auto r = station.post("/console/api/services/rehab", {{"capacity", 5}});
        QCOMPARE(r.status(), 403);
        QCOMPARE(r.error(), QStringLiteral("forbidden"));
        QCOMPARE(Catalogue(*m_db).service("rehab")->capacity, 2);

        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, "Heping"));
        r = district.post("/console/api/services/rehab",
                          {{"name", QJsonObject{{"zh", "康复训练（新）"}, {"en", "Rehabilitation (new)"}}},
                           {"eligibility", QJsonObject{{"zh", "持证残疾人"}, {"en", "Certificate holders"}}},
                           {"pattern", "mon-fri 09:00-11:30"},
                           {"capacity", 4}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("service").toObject().value("capacity").toInt(), 4);
        // Every station's kiosk, in either district, gets the whole new service row.
        for (const QString &s : {QStringLiteral("s1"), QStringLiteral("s3")}) {
            QJsonObject row;
            for (const auto &[entity, k, data] : newChanges(s)) {
                if (entity == u"service" && k == u"rehab")
                    row = data;
            }
            QCOMPARE(row.value("name").toObject().value("zh").toString(), QStringLiteral("康复训练（新）"));
            QCOMPARE(row.value("name").toObject().value("en").toString(), QStringLiteral("Rehabilitation (new)"));
            QCOMPARE(row.value("eligibility").toObject().value("en").toString(), QStringLiteral("Certificate holders"));
            QCOMPARE(row.value("weeklyHours").toString(), QStringLiteral("mon-fri 09:00-11:30"));
            QCOMPARE(row.value("offers").toObject().value("zh").toString(), QStringLiteral("一对一康复训练"));
        }
        QCOMPARE(district.get("/console/api/services/rehab").json.value("service").toObject().value("capacity").toInt(), 4);
        QCOMPARE(auditRows("service", "rehab"), 1);

        // Refused edits change nothing and name their field.
        r = district.post("/console/api/services/rehab", {{"pattern", "every day"}});
        QCOMPARE(r.status(), 422);
        QCOMPARE(r.json.value("field").toString(), QStringLiteral("pattern"));
        r = district.post("/console/api/services/rehab", {{"name", QJsonObject{{"zh", ""}}}});
        QCOMPARE(r.status(), 422);
        QCOMPARE(r.json.value("field").toString(), QStringLiteral("name"));
        r = district.post("/console/api/services/rehab", {{"code", "other"}});
        QCOMPARE(r.status(), 400);
        QCOMPARE(r.json.value("field").toString(), QStringLiteral("code"));
        QCOMPARE(district.post("/console/api/services/nothing", {{"capacity", 1}}).status(), 404);
        QCOMPARE(Catalogue(*m_db).service("rehab")->weeklyHours, QStringLiteral("mon-fri 09:00-11:30"));
        QCOMPARE(auditRows("service", "rehab"), 1);
        for (const auto &[entity, k, data] : newChanges("s1"))
            QVERIFY2(entity != u"service", "a refused edit sends nothing");
    }

    void closingADayClosesItsTimes()
    {
        newChanges("s1");
        const QString tomorrow = StationClock::today().addDays(1).toString(Qt::ISODate);
        ConsoleTestClient hexi(*m_router, *m_db);
        QVERIFY(hexi.signInAs(ConsoleRole::Station, "Hexi", "s3"));
        auto r = hexi.post("/console/api/services/rehab/closed-days", {{"stationId", "s1"}, {"date", tomorrow}});
        QCOMPARE(r.status(), 404);

        ConsoleTestClient s1(*m_router, *m_db);
        QVERIFY(s1.signInAs(ConsoleRole::Station, "Heping", "s1"));
        r = s1.post("/console/api/services/rehab/closed-days", {{"stationId", "s1"}, {"date", "2020-01-01"}});
        QCOMPARE(r.status(), 422);
        r = s1.post("/console/api/services/rehab/closed-days", {{"stationId", "s1"}, {"date", tomorrow}, {"serviceOnly", true}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("closedSlots").toInt(), 1);
        QVERIFY(SlotBoard(*m_db).find("s1", "rehab-next")->closed);
        QVERIFY(!SlotBoard(*m_db).find("s1", "rehab-late1")->closed);
        bool told = false;
        for (const auto &[entity, k, data] : newChanges("s1")) {
            if (entity == u"slot" && k == u"rehab-next" && data.value("closed").toBool())
                told = true;
        }
        QVERIFY2(told, "the kiosks hear the day is closed");
        // Closed already: nothing more to close.
        QCOMPARE(s1.post("/console/api/services/rehab/closed-days", {{"stationId", "s1"}, {"date", tomorrow}})
                     .json.value("closedSlots")
                     .toInt(),
                 0);
        QCOMPARE(auditRows("station", "s1"), 2);
        QCOMPARE(book("s1", "rehab-next", tomorrow + "T09:00:00"), 422);
    }

    void aClosedDayIsKeptListedAndReopened()
    {
        if (StationClock::now().time() >= QTime(23, 59, 30))
            QSKIP("too close to the stations' midnight: tomorrow's day changes under the test");
        const QDate tomorrow = StationClock::today().addDays(1);
        const QString next = tomorrow.toString(Qt::ISODate);
        const QString far = StationClock::today().addDays(20).toString(Qt::ISODate);
        // A visitor holds tomorrow's time; staff must be able to call them when the day closes.
        QCOMPARE(book("s1", "rehab-next", next + "T09:00:00", "13812345678"), 200);
        newChanges("s1");
        ConsoleTestClient s1(*m_router, *m_db);
        QVERIFY(s1.signInAs(ConsoleRole::Station, "Heping", "s1"));
        auto r = s1.post("/console/api/services/rehab/closed-days", {{"stationId", "s1"}, {"date", next}, {"reason", "停电"}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("closedSlots").toInt(), 1);
        const QJsonArray toCall = r.json.value("bookings").toArray();
        QCOMPARE(toCall.size(), 1);
        QCOMPARE(toCall.at(0).toObject().value("startsAt").toString(), next + "T09:00:00+08:00");
        QCOMPARE(toCall.at(0).toObject().value("service").toString(), QStringLiteral("rehab"));
        // The station keeps the phone the visitor gave until staff have called them: the list
        // names the booking, never the phone, by field or as a whole number.
        QVERIFY2(!WholeNumbers::holdsAMobileNumber(QString::fromUtf8(r.response.body))
                     && !toCall.at(0).toObject().contains("phone"),
                 r.response.body.constData());
        // A day with no times yet is closed all the same: later generated times skip it.
        r = s1.post("/console/api/services/rehab/closed-days", {{"stationId", "s1"}, {"date", far}});
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("closedSlots").toInt(), 0);
        const QString farId = r.json.value("closedDayId").toString();
        {
            Transaction tx(*m_db);
            const auto made = SlotBoard(*m_db).generate("s1", *Catalogue(*m_db).service("rehab"), QDate::fromString(far, Qt::ISODate),
                                                        QDate::fromString(far, Qt::ISODate));
            QVERIFY(made && tx.commit());
            QCOMPARE(made->created, 0);
        }
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM slots WHERE station_id = 's1' AND starts_at LIKE ?", {far + "%"}).toInt(), 0);

        // Both days are listed in scope (with the booking to call), not to another district.
        r = s1.get("/console/api/services/closed-days");
        QCOMPARE(r.status(), 200);
        QJsonArray days = r.json.value("closedDays").toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).toObject().value("date").toString(), next);
        QCOMPARE(days.at(0).toObject().value("reason").toString(), QStringLiteral("停电"));
        QCOMPARE(days.at(0).toObject().value("bookings").toInt(), 1);
        QCOMPARE(days.at(0).toObject().value("serviceCode").toString(), QString());
        ConsoleTestClient hexi(*m_router, *m_db);
        QVERIFY(hexi.signInAs(ConsoleRole::District, "Hexi"));
        QVERIFY(hexi.get("/console/api/services/closed-days").json.value("closedDays").toArray().isEmpty());
        QCOMPARE(hexi.post(QStringLiteral("/console/api/services/closed-days/%1/reopen").arg(farId)).status(), 404);
        QCOMPARE(s1.get("/console/api/services/closed-days", {{"station", "s3"}}).status(), 404);

        // Reopened: the far day gets its times from the pattern, tomorrow's time opens again,
        // and the kiosk hears both.
        newChanges("s1");
        r = s1.post(QStringLiteral("/console/api/services/closed-days/%1/reopen").arg(farId));
        QCOMPARE(r.status(), 200);
        QVERIFY(r.json.value("createdSlots").toInt() > 0);
        QVERIFY(m_db->scalar("SELECT COUNT(*) FROM slots WHERE station_id = 's1' AND closed = 0 AND starts_at LIKE ?", {far + "%"})
                    .toInt()
                > 0);
        const QString nextId = days.at(0).toObject().value("id").toString();
        QCOMPARE(s1.post(QStringLiteral("/console/api/services/closed-days/%1/reopen").arg(nextId)).status(), 200);
        QVERIFY(!SlotBoard(*m_db).find("s1", "rehab-next")->closed);
        bool toldOpen = false;
        int farSlots = 0;
        for (const auto &[entity, k, data] : newChanges("s1")) {
            if (entity == u"slot" && k == u"rehab-next" && !data.value("closed").toBool())
                toldOpen = true;
            if (entity == u"slot" && data.value("startsAt").toString().startsWith(far))
                ++farSlots;
        }
        QVERIFY2(toldOpen, "the kiosks hear the day is open again");
        QVERIFY(farSlots > 0);
        QVERIFY(s1.get("/console/api/services/closed-days").json.value("closedDays").toArray().isEmpty());
        QCOMPARE(s1.post(QStringLiteral("/console/api/services/closed-days/%1/reopen").arg(nextId)).status(), 404);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM console_audit WHERE entity = 'station' AND detail LIKE '%reopened%'").toInt(), 2);
    }

    void todaysTimesCountTheirBookings()
    {
        // Written as the booking desk writes them, not booked through the kiosk: the desk
        // refuses a time that has passed, and this test must count today's times at any hour.
        QVERIFY(placeBooking("s1", "rehab-late1", "confirmed"));
        QVERIFY(placeBooking("s1", "rehab-late1", "confirmed"));
        QVERIFY(placeBooking("s1", "rehab-late1", "refused")); // full
        QVERIFY(placeBooking("s3", "rehab-late2", "confirmed"));

        ConsoleTestClient heping(*m_router, *m_db);
        QVERIFY(heping.signInAs(ConsoleRole::District, "Heping"));
        auto r = heping.get("/console/api/queues/today");
        QCOMPARE(r.status(), 200);
        QCOMPARE(r.json.value("day").toString(), StationClock::today().toString(Qt::ISODate));
        QJsonArray services = r.json.value("services").toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.at(0).toObject().value("name").toObject().value("zh").toString(), QStringLiteral("康复训练"));
        QJsonArray times = services.at(0).toObject().value("slots").toArray();
        QCOMPARE(times.size(), 2); // s1's two times today; not tomorrow's, not Hexi's
        const QJsonObject late1 = byKey(times, "id", "rehab-late1");
        QCOMPARE(late1.value("stationId").toString(), QStringLiteral("s1"));
        QCOMPARE(late1.value("capacity").toInt(), 2);
        QCOMPARE(late1.value("booked").toInt(), 2);
        QCOMPARE(late1.value("confirmed").toInt(), 2);
        QCOMPARE(late1.value("refused").toInt(), 1); // kept for staff to call
        QCOMPARE(late1.value("startsAt").toString(), todayAt("23:00") + "+08:00");
        QCOMPARE(byKey(times, "id", "rehab-late2").value("booked").toInt(), 0);

        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const auto timesOf = [](const ConsoleTestClient::Reply &reply) {
            return reply.json.value("services").toArray().at(0).toObject().value("slots").toArray();
        };
        times = timesOf(city.get("/console/api/queues/today", {{"station", "s3"}}));
        QCOMPARE(times.size(), 2);
        QCOMPARE(byKey(times, "id", "rehab-late2").value("confirmed").toInt(), 1);
        QCOMPARE(timesOf(city.get("/console/api/queues/today")).size(), 4);
        QCOMPARE(heping.get("/console/api/queues/today", {{"station", "s3"}}).status(), 404);
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleServicesTest)

#include "tst_console_services.moc"
