// SPDX-License-Identifier: GPL-3.0-or-later
// Holding a place on the server, on SQLite and PostgreSQL: a held place, a full time, a time
// gone, past, closed or of a service no longer bookable, capacity 0, a retry with the same id,
// a cancel and a cancel twice; pushed bookings held or refused (the station told by
// booking_status rows, the phone kept only for staff); pushed cancellations; and many
// connections asking for the last place at once, of which exactly one gets it. Every body is
// kept for the contract check.
#include "contractsample.h"
#include "testdatabase.h"

#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/database.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

using namespace server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate day(int fromToday)
{
    return StationClock::today().addDays(fromToday);
}

/// The id slots-generate gives the slot of `service` at `time` on the day `fromToday`.
QString slotOf(const QString &service, int fromToday, const QString &time)
{
    return SlotBoard::slotId(service, QDateTime(day(fromToday), QTime::fromString(time, QStringLiteral("HH:mm"))));
}

QString startsOf(int fromToday, const QString &time)
{
    return day(fromToday).toString(Qt::ISODate) + u'T' + time + QStringLiteral(":00");
}

QJsonObject json(const ApiResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class BookingTest : public QObject
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
    ApiResponse call(const QString &method, const QString &path, const QByteArray &body, const QString &station,
                     ApiRouter *router = nullptr)
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
        const ApiResponse response = (router ? router : m_router.get())->handle(r);
        contract::recordResponseSample(method, r.path, response.status, response.body);
        return response;
    }
    QJsonObject holdBody(const QString &slotId, const QString &service, const QString &startsAt, const QString &id = newId())
    {
        return {{"id", id}, {"slotId", slotId}, {"serviceId", service}, {"startsAt", startsAt},
                {"code", "K7P3Q"}, {"visitorKey", QString(64, u'b')}};
    }
    ApiResponse hold(const QJsonObject &body, const QString &station = QStringLiteral("s1"))
    {
        contract::recordSchemaSample(QStringLiteral("BookingHold"), body);
        return call("POST", "/v1/bookings", QJsonDocument(body).toJson(), station);
    }
    ApiResponse cancel(const QString &id, const QString &station = QStringLiteral("s1"))
    {
        return call("POST", QStringLiteral("/v1/bookings/%1/cancel").arg(id), {}, station);
    }
    /// Pushes one item (kept as a contract sample unless it is `malformed` on purpose).
    QJsonObject push(const QString &kind, const QJsonObject &payload, const QString &id,
                     const QString &station = QStringLiteral("s1"), bool malformed = false)
    {
        QJsonObject p = payload;
        p.insert("id", id);
        p.insert("createdAt", "2026-07-06T01:00:00.000Z");
        const QJsonObject item{{"id", id}, {"kind", kind}, {"createdAt", "2026-07-06T01:00:00.000Z"}, {"payload", p}};
        if (!malformed)
            contract::recordSchemaSample(QStringLiteral("OutboxItem"), item);
        const ApiResponse r = call("POST", "/v1/sync/push", QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson(), station);
        if (r.status != 200)
            return {{"result", QStringLiteral("http %1").arg(r.status)}};
        return json(r).value("results").toArray().first().toObject();
    }
    QJsonObject pushBooking(const QString &slotId, const QString &startsAt, const QString &id, const QString &phone = {})
    {
        QJsonObject p{{"slotId", slotId}, {"serviceId", "rehab"}, {"startsAt", startsAt}, {"queueNumber", 1},
                      {"code", "M4N5P"}, {"visitorKey", ""}};
        if (!phone.isEmpty())
            p.insert("phone", phone);
        return push("booking", p, id);
    }
    /// The station's new change rows as "entity:key" -> data.
    QList<QPair<QString, QJsonObject>> newChanges(const QString &station = QStringLiteral("s1"))
    {
        QList<QPair<QString, QJsonObject>> out;
        for (;;) {
            const ApiResponse r = call("GET", QStringLiteral("/v1/sync/changes?since=%1").arg(m_cursors.value(station)), {}, station);
            const QJsonObject body = json(r);
            for (const QJsonValue &v : body.value("changes").toArray()) {
                const QJsonObject c = v.toObject();
                out.append({c.value("entity").toString() + u':' + c.value("key").toString(), c.value("data").toObject()});
            }
            m_cursors.insert(station, body.value("cursor").toString().toLongLong());
            if (!body.value("more").toBool())
                break;
        }
        return out;
    }
    int taken(const QString &slotId, const QString &station = QStringLiteral("s1"))
    {
        return m_db->scalar("SELECT taken FROM slots WHERE id = ? AND station_id = ?", {slotId, station}).toInt();
    }
    int bookings() { return m_db->scalar("SELECT COUNT(*) FROM bookings").toInt(); }

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
        m_tokens.clear();
        m_cursors.clear();
        StationRegistry stations(*m_db);
        for (const QString id : {"s1", "s2"}) {
            QVERIFY(stations.create(id, id, "Heping", &error));
            const auto code = stations.issueEnrollmentCode(id, {}, 1);
            const ApiResponse r = call("POST", "/v1/stations/enroll",
                                       QJsonDocument(QJsonObject{{"enrollmentCode", code.value_or(QString())}}).toJson(), {});
            m_tokens.insert(id, json(r).value("token").toString());
        }
        const QString every = QStringLiteral("mon-sun 09:00-10:00");
        QCOMPARE(admin({"service-add", "--code", "rehab", "--category", "rehabilitation", "--name-zh", "康复训练", "--name-en",
                        "Rehabilitation", "--weekly", every, "--slot-minutes", "30", "--capacity", "2", "--bookable"}),
                 0);
        QCOMPARE(admin({"service-add", "--code", "empty", "--category", "legal", "--name-zh", "法律", "--name-en", "Legal",
                        "--weekly", every, "--capacity", "0", "--bookable"}),
                 0);
        for (const QString service : {"rehab", "empty"})
            QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", service, "--from",
                            day(1).toString(Qt::ISODate), "--to", day(3).toString(Qt::ISODate)}),
                     0);
        QCOMPARE(admin({"day-close", "--station", "s1", "--date", day(3).toString(Qt::ISODate)}), 0);
        // A time already past, and one of a service that stops taking bookings.
        {
            Transaction tx(*m_db);
            SlotBoard board(*m_db);
            QVERIFY(board.put({"rehab-past", "s1", "rehab", startsOf(-1, "09:00"), startsOf(-1, "09:30"), 2, 0, false}));
            QVERIFY(tx.commit());
        }
        QCOMPARE(admin({"service-add", "--code", "stopped", "--category", "legal", "--name-zh", "停", "--name-en", "Stopped",
                        "--weekly", every, "--capacity", "2", "--bookable"}),
                 0);
        QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", "stopped", "--from", day(1).toString(Qt::ISODate),
                        "--to", day(1).toString(Qt::ISODate)}),
                 0);
        QCOMPARE(admin({"service-add", "--code", "stopped", "--category", "legal", "--name-zh", "停", "--name-en", "Stopped",
                        "--weekly", every}),
                 0);
        newChanges(); // start the feed after the set-up
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void aHeldPlaceIsCountedAndTheStationTold()
    {
        const QString slot = slotOf("rehab", 1, "09:00");
        const QString id = newId();
        const ApiResponse r = hold(holdBody(slot, "rehab", startsOf(1, "09:00"), id));
        QCOMPARE(r.status, 200);
        const QJsonObject expected{{"id", id}, {"status", "confirmed"},
                                   {"slot", QJsonObject{{"id", slot}, {"capacity", 2}, {"taken", 1}}}};
        QCOMPARE(json(r), expected);
        QCOMPARE(taken(slot), 1);
        const auto changes = newChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).first, "slot:" + slot);
        QCOMPARE(changes.at(0).second.value("taken").toInt(), 1);
        QCOMPARE(changes.at(0).second.value("closed").toBool(), false);
        QCOMPARE(changes.at(1).first, "booking_status:" + id);
        QCOMPARE(changes.at(1).second.value("status").toString(), QStringLiteral("confirmed"));
        // The other station hears nothing of it.
        for (const auto &c : newChanges("s2"))
            QVERIFY2(c.first.startsWith(u"service:"), qPrintable(c.first));
    }

    void aFullTimeIsRefusedWithItsCountsAndNothingStored()
    {
        const QString slot = slotOf("rehab", 1, "09:30");
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(1, "09:30"))).status, 200);
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(1, "09:30"))).status, 200);
        newChanges();
        const ApiResponse r = hold(holdBody(slot, "rehab", startsOf(1, "09:30")));
        QCOMPARE(r.status, 409);
        QCOMPARE(json(r).value("error").toString(), QStringLiteral("full"));
        QCOMPARE(json(r).value("field").toString(), QStringLiteral("slotId"));
        QCOMPARE(json(r).value("slot").toObject().value("taken").toInt(), 2);
        QCOMPARE(json(r).value("slot").toObject().value("capacity").toInt(), 2);
        QCOMPARE(taken(slot), 2);
        QCOMPARE(bookings(), 2);
        QVERIFY(newChanges().isEmpty());
    }

    void refusalsNameTheField_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("station");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("field");
        QTest::newRow("gone") << "rehab-19990101-0900" << "rehab" << "s1" << 404 << "not_found" << "slotId";
        QTest::newRow("another station's slot") << slotOf("rehab", 1, "09:00") << "rehab" << "s2" << 404 << "not_found" << "slotId";
        QTest::newRow("past") << "rehab-past" << "rehab" << "s1" << 422 << "invalid" << "startsAt";
        QTest::newRow("closed day") << slotOf("rehab", 3, "09:00") << "rehab" << "s1" << 422 << "invalid" << "slotId";
        QTest::newRow("capacity 0") << slotOf("empty", 1, "09:00") << "empty" << "s1" << 422 << "invalid" << "slotId";
        QTest::newRow("not bookable") << slotOf("stopped", 1, "09:00") << "stopped" << "s1" << 422 << "invalid" << "serviceId";
        QTest::newRow("another service") << slotOf("rehab", 1, "09:00") << "empty" << "s1" << 422 << "invalid" << "serviceId";
    }

    void refusalsNameTheField()
    {
        QFETCH(QString, slot);
        QFETCH(QString, service);
        QFETCH(QString, station);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, field);
        const ApiResponse r = hold(holdBody(slot, service, startsOf(1, "09:00")), station);
        QCOMPARE(r.status, status);
        QCOMPARE(json(r).value("error").toString(), error);
        QCOMPARE(json(r).value("field").toString(), field);
        QVERIFY(!json(r).value("message").toString().isEmpty());
        QCOMPARE(bookings(), 0);
        QVERIFY(newChanges().isEmpty());
    }

    void badBodiesNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("phone letters") << "phone" << QJsonValue("1381234abcd");
        QTest::newRow("phone short") << "phone" << QJsonValue("123456");
        QTest::newRow("phone long") << "phone" << QJsonValue("1234567890123");
        QTest::newRow("id not a uuid") << "id" << QJsonValue("booking-1");
        QTest::newRow("slot id too long") << "slotId" << QJsonValue(QString(65, u'x'));
        QTest::newRow("no slot id") << "slotId" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("time") << "startsAt" << QJsonValue("tomorrow");
        QTest::newRow("code") << "code" << QJsonValue("O0I1");
        QTest::newRow("visitor key") << "visitorKey" << QJsonValue("110105194912310021");
    }

    void badBodiesNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject body = holdBody(slotOf("rehab", 1, "09:00"), "rehab", startsOf(1, "09:00"));
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const ApiResponse r = call("POST", "/v1/bookings", QJsonDocument(body).toJson(), "s1");
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r).value("field").toString(), key);
        // Plain words that never quote the value (a phone or an ID number).
        QVERIFY(!json(r).value("message").toString().contains(value.toString()) || value.toString().isEmpty());
        QCOMPARE(bookings(), 0);
    }

    void aRetryGetsTheSameAnswerAndAnotherStationCannotReuseTheId()
    {
        const QString slot = slotOf("rehab", 2, "09:00");
        const QJsonObject body = holdBody(slot, "rehab", startsOf(2, "09:00"));
        const ApiResponse first = hold(body);
        QCOMPARE(first.status, 200);
        newChanges();
        const ApiResponse again = hold(body);
        QCOMPARE(again.status, 200);
        QCOMPARE(json(again), json(first));
        QCOMPARE(taken(slot), 1);
        QVERIFY(newChanges().isEmpty());
        QCOMPARE(admin({"slots-generate", "--station", "s2", "--service", "rehab", "--from", day(2).toString(Qt::ISODate),
                        "--to", day(2).toString(Qt::ISODate)}),
                 0);
        const ApiResponse other = hold(body, "s2");
        QCOMPARE(other.status, 409);
        QCOMPARE(json(other).value("field").toString(), QStringLiteral("id"));
        QCOMPARE(taken(slot, "s2"), 0);
    }

    void cancellingFreesThePlaceOnceOnly()
    {
        const QString slot = slotOf("rehab", 1, "09:00");
        const QString id = newId();
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(1, "09:00"), id)).status, 200);
        newChanges();
        QCOMPARE(cancel(id, "s2").status, 404); // another station's booking is not found
        const ApiResponse r = cancel(id);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r), (QJsonObject{{"id", id}, {"status", "cancelled"}}));
        QCOMPARE(taken(slot), 0);
        const auto changes = newChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).second.value("taken").toInt(), 0);
        QCOMPARE(changes.at(1).first, "booking_status:" + id);
        QCOMPARE(changes.at(1).second.value("status").toString(), QStringLiteral("cancelled"));
        const ApiResponse twice = cancel(id);
        QCOMPARE(twice.status, 409);
        QCOMPARE(json(twice).value("field").toString(), QStringLiteral("id"));
        QCOMPARE(taken(slot), 0);
        const ApiResponse unknown = cancel(newId());
        QCOMPARE(unknown.status, 404);
        QCOMPARE(json(unknown).value("field").toString(), QStringLiteral("id"));
        QCOMPARE(cancel("not-a-uuid").status, 400);
        // A cancelled booking cannot be held again under its id.
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(1, "09:00"), id)).status, 409);
    }

    void aPushedBookingIsHeldAndAHeldOneNotTwice()
    {
        const QString slot = slotOf("rehab", 2, "09:30");
        const QString pushed = newId();
        QCOMPARE(pushBooking(slot, startsOf(2, "09:30"), pushed, "13812345678").value("result").toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(taken(slot), 1);
        QCOMPARE(m_db->scalar("SELECT status FROM bookings WHERE id = ?", {pushed}).toString(), QStringLiteral("confirmed"));
        // Held, so no one needs to call: the phone is not kept, neither on the booking nor in the record.
        QVERIFY(m_db->scalar("SELECT phone FROM bookings WHERE id = ?", {pushed}).isNull());
        QVERIFY(!m_db->scalar("SELECT payload FROM records WHERE id = ?", {pushed}).toString().contains("13812345678"));
        // Held online first, pushed later: accepted, and the place is not taken twice.
        const QString online = newId();
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(2, "09:30"), online)).status, 200);
        QCOMPARE(taken(slot), 2);
        QCOMPARE(pushBooking(slot, startsOf(2, "09:30"), online).value("result").toString(), QStringLiteral("accepted"));
        QCOMPARE(taken(slot), 2);
        QCOMPARE(pushBooking(slot, startsOf(2, "09:30"), online).value("result").toString(), QStringLiteral("duplicate"));
        QStringList statuses;
        for (const auto &c : newChanges())
            if (c.first.startsWith(u"booking_status:"))
                statuses.append(c.first.mid(15) + u'=' + c.second.value("status").toString());
        // The push of a place held online says "confirmed" again: the kiosk may never have heard
        // the first answer (its two seconds ran out) and keeps the booking provisional until told.
        QCOMPARE(statuses, (QStringList{pushed + "=confirmed", online + "=confirmed", online + "=confirmed"}));
    }

    void aPushedBookingForAFullTimeIsDeliveredAsRefusedWithThePhoneForStaff()
    {
        const QString slot = slotOf("rehab", 1, "09:00");
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(1, "09:00"))).status, 200);
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(1, "09:00"))).status, 200);
        newChanges();
        const QString late = newId();
        const QJsonObject result = pushBooking(slot, startsOf(1, "09:00"), late, "13912345678");
        QCOMPARE(result.value("result").toString(), QStringLiteral("accepted"));
        QCOMPARE(taken(slot), 2);
        QCOMPARE(m_db->scalar("SELECT status FROM bookings WHERE id = ?", {late}).toString(), QStringLiteral("refused"));
        const auto changes = newChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).first, "slot:" + slot); // the kiosk's counts corrected
        QCOMPARE(changes.at(0).second.value("taken").toInt(), 2);
        QCOMPARE(changes.at(1).first, "booking_status:" + late);
        QCOMPARE(changes.at(1).second.value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(changes.at(1).second.value("reason").toString(), QStringLiteral("This time is fully booked."));
        // A time that is gone is refused the same way.
        const QString gone = newId();
        QCOMPARE(pushBooking("rehab-19990101-0900", startsOf(1, "09:00"), gone).value("result").toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(m_db->scalar("SELECT reason FROM bookings WHERE id = ?", {gone}).toString(),
                 QStringLiteral("This time is no longer offered."));
        // Staff's list: the refused ones with the phone to call.
        QCOMPARE(admin({"bookings", "--station", "s1", "--refused"}), 0);
        QVERIFY2(m_out.contains("M4N5P") && m_out.contains("phone 13912345678") && m_out.contains("fully booked"), qPrintable(m_out));
        QVERIFY2(!m_out.contains("K7P3Q"), qPrintable(m_out)); // the held ones are not listed
        QCOMPARE(m_out.count(u'\n'), 2);
        // A malformed booking item is rejected naming the field, and nothing is stored.
        const QJsonObject bad = push("booking", {{"slotId", slot}, {"serviceId", "rehab"}, {"startsAt", "soon"},
                                                 {"queueNumber", 1}, {"code", "M4N5P"}, {"visitorKey", ""}},
                                     newId(), QStringLiteral("s1"), true);
        QCOMPARE(bad.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(bad.value("reason").toString().startsWith(u"startsAt:"));
    }

    void aPushedBookingsPhoneIsDigitsSevenToTwelve()
    {
        const QString slot = slotOf("rehab", 2, "09:00");
        // A landline without its area code is still a number staff can call.
        QCOMPARE(pushBooking(slot, startsOf(2, "09:00"), newId(), "2345678").value("result").toString(),
                 QStringLiteral("accepted"));
        const QJsonObject bad = push("booking", {{"slotId", slot}, {"serviceId", "rehab"}, {"startsAt", startsOf(2, "09:00")},
                                                 {"queueNumber", 1}, {"code", "M4N5P"}, {"visitorKey", ""}, {"phone", "138-1234"}},
                                     newId(), QStringLiteral("s1"), true);
        QCOMPARE(bad.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(bad.value("reason").toString().startsWith(u"phone:"));
        QVERIFY(!bad.value("reason").toString().contains(u"138-1234"));
        QCOMPARE(taken(slot), 1);
    }

    void aPushedCancellationFreesThePlace()
    {
        const QString slot = slotOf("rehab", 2, "09:00");
        const QString booking = newId();
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(2, "09:00"), booking)).status, 200);
        newChanges();
        QCOMPARE(push("booking_cancellation", {{"bookingId", booking}}, newId()).value("result").toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(taken(slot), 0);
        const auto changes = newChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).second.value("status").toString(), QStringLiteral("cancelled"));
        const QJsonObject twice = push("booking_cancellation", {{"bookingId", booking}}, newId());
        QCOMPARE(twice.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(twice.value("reason").toString().startsWith(u"bookingId:"));
        const QJsonObject unknown = push("booking_cancellation", {{"bookingId", newId()}}, newId());
        QCOMPARE(unknown.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(unknown.value("reason").toString().startsWith(u"bookingId:"));
        const QJsonObject other = push("booking_cancellation", {{"bookingId", booking}}, newId(), "s2");
        QCOMPARE(other.value("result").toString(), QStringLiteral("rejected"));
        QCOMPARE(taken(slot), 0);
    }

    void manyConnectionsAskingForTheLastPlaceAtOnceGiveItToExactlyOne()
    {
        const QString slot = slotOf("rehab", 2, "09:30");
        QCOMPARE(hold(holdBody(slot, "rehab", startsOf(2, "09:30"))).status, 200); // one of two left
        constexpr int askers = 12;
        QAtomicInt held = 0, full = 0, other = 0;
        QSemaphore ready, go;
        QList<QThread *> threads;
        for (int i = 0; i < askers; ++i) {
            threads.append(QThread::create([&] {
                QString e;
                auto db = Database::open(m_scratch->url(), &e);
                ServerConfig config;
                config.rateLimitPerSecond = 0;
                std::unique_ptr<ApiRouter> router = db ? std::make_unique<ApiRouter>(*db, config) : nullptr;
                ApiRequest r;
                r.method = QStringLiteral("POST");
                r.path = QStringLiteral("/v1/bookings");
                r.remoteAddress = QStringLiteral("127.0.0.1");
                r.headers.insert("authorization", "Bearer " + m_tokens.value("s1").toLatin1());
                r.body = QJsonDocument(holdBody(slot, "rehab", startsOf(2, "09:30"))).toJson();
                ready.release();
                go.acquire();
                const ApiResponse answer = router ? router->handle(r) : ApiResponse{503, {}, {}};
                (answer.status == 200 ? held : answer.status == 409 ? full : other).ref();
            }));
        }
        for (QThread *t : threads)
            t->start();
        ready.acquire(askers); // every connection open, then all at once
        go.release(askers);
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(other.loadRelaxed(), 0);
        QCOMPARE(held.loadRelaxed(), 1);
        QCOMPARE(full.loadRelaxed(), askers - 1);
        QCOMPARE(taken(slot), 2);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM bookings WHERE slot_id = ?", {slot}).toInt(), 2);
    }
};

KIOSK_STORAGE_TEST_MAIN(BookingTest)
#include "tst_booking.moc"
