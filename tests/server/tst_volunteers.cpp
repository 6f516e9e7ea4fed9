// SPDX-License-Identifier: GPL-3.0-or-later
// Volunteers on the server, on SQLite and PostgreSQL: a registration pushed by a kiosk waits
// for a coordinator, is approved with a gap-free volunteer number (also when coordinators
// approve at once) and reaches every station of the district, or is refused with its data
// cleared; a person registered already is told their number. Check-ins and check-outs count
// hours by the half-hour rule across stations, station duty waits for approval, and every bad
// item is refused with its reason. The hours report, the CSV, the certificate (text and, from
// the real kiosk-server, PDF) and the statistics.
#include "contractsample.h"
#include "testdatabase.h"

#include "server/admincommand.h"
#include "translations/catalogues.h"
#include "server/apirouter.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/registrationdesk.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString key(char c)
{
    return QString(64, QLatin1Char(c));
}

/// A kiosk time (UTC, milliseconds) `minutes` after a fixed start yesterday at 09:00 station time.
QString at(int minutes)
{
    const QDateTime start(StationClock::today().addDays(-1), QTime(9, 0), StationClock::now().timeZone());
    return start.addSecs(qint64(minutes) * 60).toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject registration(const QString &visitorKey, const QJsonObject &overrides = {})
{
    QJsonObject p{{"visitorKey", visitorKey},
                  {"name", "王芳"},
                  {"givenName", "芳"},
                  {"idNumberMasked", "110105********002X"},
                  {"skills", QJsonArray{"sign_language", "first_aid"}},
                  {"availability", QJsonObject{{"mon", QJsonArray{"morning", "evening"}}, {"sat", QJsonArray{"afternoon"}}}},
                  {"phone", "13812345678"},
                  {"consent", QJsonObject{{"version", "2026-1"}, {"agreedAt", "2026-12-01T01:00:00.000Z"}}},
                  {"code", "VK23A"}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            p.remove(it.key());
        else
            p.insert(it.key(), it.value());
    }
    return p;
}

} // namespace

class VolunteersTest : public QObject
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
    /// Pushes one item; returns its result ({id, result, reason?}). The item is a contract sample.
    QJsonObject push(const QString &station, const QString &kind, const QJsonObject &payload, const QString &id = newId())
    {
        QJsonObject p = payload;
        p.insert("id", id);
        p.insert("createdAt", "2026-12-01T01:00:00.000Z");
        const QJsonObject item{{"id", id}, {"kind", kind}, {"createdAt", "2026-12-01T01:00:00.000Z"}, {"payload", p}};
        const ApiResponse r = call("POST", "/v1/sync/push", QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson(), station);
        if (r.status != 200)
            return {{"result", QStringLiteral("http %1").arg(r.status)}};
        const QJsonObject result = QJsonDocument::fromJson(r.body).object().value("results").toArray().first().toObject();
        if (result.value("result").toString() != u"rejected")
            contract::recordSchemaSample(QStringLiteral("OutboxItem"), item);
        return result;
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
        const ApiResponse r = call("GET", QStringLiteral("/v1/sync/changes?since=%1").arg(m_cursors.value(station)), {}, station);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        for (const QJsonValue &v : body.value("changes").toArray()) {
            const QJsonObject c = v.toObject();
            out.append({c.value("entity").toString(), c.value("key").toString(), c.value("data").toObject()});
        }
        m_cursors.insert(station, body.value("cursor").toString().toLongLong());
        return out;
    }
    /// The last `volunteer` row of `number` among the station's new changes (empty: none).
    QJsonObject volunteerRow(const QString &station, const QString &number)
    {
        QJsonObject last;
        for (const auto &[entity, k, data] : newChanges(station)) {
            if (entity == u"volunteer" && k == number)
                last = data;
        }
        return last;
    }
    QString approve(const QString &registrationId)
    {
        if (admin({"approve", registrationId}) != 0)
            return QStringLiteral("failed: ") + m_err;
        return m_out.section(u' ', -1).trimmed();
    }
    /// A volunteer approved at `station` with its number.
    QString volunteer(const QString &station, char k)
    {
        return approve(registered(station, registration(key(k))));
    }
    QJsonObject checkIn(const QString &station, const QString &number, int minutes, const QString &assignment,
                        const QString &id = newId())
    {
        return push(station, "check_in",
                    {{"direction", "in"}, {"volunteerId", number}, {"volunteerNumber", number}, {"assignmentId", assignment},
                     {"at", at(minutes)}},
                    id);
    }
    QJsonObject checkOut(const QString &station, const QString &checkInId, int minutes, int servedMinutes = -1,
                         const QString &id = newId())
    {
        QJsonObject p{{"checkInId", checkInId}, {"at", at(minutes)}};
        if (servedMinutes >= 0)
            p.insert("servedMinutes", servedMinutes);
        return push(station, "check_out", p, id);
    }
    /// A help request of `station` assigned to `number` (yesterday 09:00): the assignment's id.
    QString assignment(const QString &station, const QString &number)
    {
        const QString requestId = newId();
        const QJsonObject r = push(station, "volunteer_request",
                                   {{"helpType", "accompany_to_hospital"}, {"visitorKey", key('e')}, {"phone", ""},
                                    {"wantedDay", ""}, {"dayPart", "morning"},
                                    {"place", QJsonObject{{"kind", "home"}, {"placeId", ""}}}, {"noteKeys", QJsonArray{}},
                                    {"code", "HLP23"}},
                                   requestId);
        if (r.value("result").toString() != u"accepted")
            return {};
        if (admin({"assign", "--request", requestId, "--volunteer", number, "--at",
                   StationClock::today().addDays(-1).toString(Qt::ISODate) + "T09:00"}) != 0)
            return {};
        return m_db->scalar("SELECT id FROM assignments WHERE record_id = ?", {requestId}).toString();
    }
    double hoursTotal(const QString &number)
    {
        return m_db->scalar("SELECT hours_total FROM volunteers WHERE id = ?", {number}).toDouble();
    }
    QString reasonOf(const QJsonObject &result)
    {
        return result.value("result").toString() == u"rejected" ? result.value("reason").toString()
                                                                 : QStringLiteral("(%1)").arg(result.value("result").toString());
    }

private slots:
    void initTestCase()
    {
        // The help types' words in both languages, as kiosk-server's main installs them.
        Catalogues::install();
    }

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
        const QList<QPair<QString, QString>> list{{"s1", "Heping"}, {"s2", "Heping"}, {"s3", "Hexi"}};
        for (const auto &[id, district] : list) {
            QVERIFY(stations.create(id, QStringLiteral("%1 站").arg(id), district, &error));
            const auto code = stations.issueEnrollmentCode(id, {}, 1);
            const ApiResponse r = call("POST", "/v1/stations/enroll",
                                       QJsonDocument(QJsonObject{{"enrollmentCode", code.value_or(QString())}}).toJson(), {});
            m_tokens.insert(id, QJsonDocument::fromJson(r.body).object().value("token").toString());
        }
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void aRegistrationWaitsThenReachesEveryStationOfTheDistrict()
    {
        const QString id = registered("s1", registration(key('a')));
        QVERIFY2(QUuid::fromString(id).isNull() == false, qPrintable(id));
        // The record keeps no second copy of the person's name, phone or ID number.
        const QString stored = m_db->scalar("SELECT payload FROM records WHERE id = ?", {id}).toString();
        QVERIFY(!stored.contains("13812345678") && !stored.contains("王芳") && !stored.contains("002X"));

        QCOMPARE(admin({"volunteers", "--pending"}), 0);
        QVERIFY2(m_out.contains(id) && m_out.contains("王芳") && m_out.contains("138****5678"), qPrintable(m_out));
        QVERIFY2(!m_out.contains("13812345678"), "the coordinator's list masks the phone");

        ApiResponse r = call("POST", "/v1/volunteers/lookup", QJsonDocument(QJsonObject{{"visitorKey", key('a')}}).toJson(), "s1");
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("status").toString(), QStringLiteral("pending"));
        QVERIFY(volunteerRow("s1", "TJ-V-000001").isEmpty());

        QCOMPARE(approve(id), QStringLiteral("TJ-V-000001"));
        r = call("POST", "/v1/volunteers/lookup", QJsonDocument(QJsonObject{{"visitorKey", key('a')}}).toJson(), "s1");
        const QJsonObject found = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(found.value("status").toString(), QStringLiteral("approved"));
        QCOMPARE(found.value("volunteerNumber").toString(), QStringLiteral("TJ-V-000001"));
        QCOMPARE(found.value("givenName").toString(), QStringLiteral("芳"));
        // Keys are per station: another station's kiosk does not find the person by this key.
        r = call("POST", "/v1/volunteers/lookup", QJsonDocument(QJsonObject{{"visitorKey", key('a')}}).toJson(), "s2");
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("registered").toBool(), false);

        // Both stations of the district get the row; never the phone or the ID number.
        const QList<std::tuple<QString, QString, QJsonObject>> s1 = newChanges("s1");
        QJsonObject row;
        bool toldApproved = false;
        for (const auto &[entity, k, data] : s1) {
            if (entity == u"volunteer")
                row = data;
            if (entity == u"registration_status" && k == id && data.value("status").toString() == u"approved"
                && data.value("volunteerNumber").toString() == u"TJ-V-000001")
                toldApproved = true;
        }
        QVERIFY(toldApproved);
        QCOMPARE(row.value("number").toString(), QStringLiteral("TJ-V-000001"));
        QCOMPARE(row.value("givenName").toString(), QStringLiteral("芳"));
        QCOMPARE(row.value("stars").toInt(), 0);
        QCOMPARE(row.value("hoursTotal").toDouble(), 0.0);
        QCOMPARE(row.value("skills").toArray(), (QJsonArray{"sign_language", "first_aid"}));
        QCOMPARE(row.value("availability").toObject().value("mon").toArray(), (QJsonArray{"morning", "evening"}));
        const QByteArray text = QJsonDocument(row).toJson();
        QVERIFY(!text.contains("5678") && !text.contains("002X"));
        QVERIFY(!volunteerRow("s2", "TJ-V-000001").isEmpty());
        QVERIFY2(volunteerRow("s3", "TJ-V-000001").isEmpty(), "another district's station does not get the volunteer");
        // A station of the district enrolled later gets the volunteer from its first page.
        StationRegistry stations(*m_db);
        QString error;
        QVERIFY(stations.create("s4", "s4 站", "Heping", &error));
        const auto code = stations.issueEnrollmentCode("s4", {}, 1);
        m_tokens.insert("s4", QJsonDocument::fromJson(call("POST", "/v1/stations/enroll",
                                                           QJsonDocument(QJsonObject{{"enrollmentCode", *code}}).toJson(), {})
                                                          .body)
                                  .object()
                                  .value("token")
                                  .toString());
        QVERIFY(!volunteerRow("s4", "TJ-V-000001").isEmpty());
        // The matcher knows the volunteer's parts of the day from the week grid.
        QCOMPARE(m_db->scalar("SELECT availability FROM volunteers WHERE id = 'TJ-V-000001'").toString(),
                 QStringLiteral("morning;afternoon;evening"));
        QCOMPARE(approve(id).left(7), QStringLiteral("failed:"));
        QVERIFY(m_err.contains("approved already"));
    }

    void aPersonRegisteredAlreadyIsToldTheirNumber()
    {
        const QString first = registered("s1", registration(key('a')));
        QCOMPARE(registered("s1", registration(key('a'))),
                 QStringLiteral("visitorKey: already registered, waiting for a coordinator's approval"));
        QCOMPARE(approve(first), QStringLiteral("TJ-V-000001"));
        QCOMPARE(registered("s1", registration(key('a'))), QStringLiteral("visitorKey: already registered as volunteer TJ-V-000001"));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM volunteer_registrations").toInt(), 1);
        // The same card at another station has another key: taken, and flagged for the coordinator.
        const QString other = registered("s2", registration(key('b')));
        QVERIFY(!QUuid::fromString(other).isNull());
        QCOMPARE(admin({"volunteers", "--pending"}), 0);
        QVERIFY2(m_out.contains("possibly registered already") && m_out.contains("TJ-V-000001"), qPrintable(m_out));
    }

    void twoKiosksOfAStationPushingOnePersonAtOnceKeepOneRegistration()
    {
        // Both kiosks of s1 read the same card offline and push when the network returns.
        QStringList outcomes;
        QMutex lock;
        QList<QThread *> threads;
        for (int kiosk = 0; kiosk < 2; ++kiosk) {
            threads.append(QThread::create([&] {
                QString error;
                auto db = Database::open(m_scratch->url(), &error);
                if (!db)
                    return;
                core::wire::PushBatch batch;
                const QString id = newId();
                QJsonObject payload = registration(key('a'));
                payload.insert("id", id);
                payload.insert("createdAt", "2026-12-01T01:00:00.000Z");
                batch.items.append({id, "volunteer_registration", "2026-12-01T01:00:00.000Z", payload});
                const auto results = RecordStore(*db).push("s1", batch);
                QMutexLocker locked(&lock);
                outcomes.append(results ? results->first().reason.isEmpty() ? QStringLiteral("accepted") : results->first().reason
                                        : QStringLiteral("storage failed"));
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{"accepted", "visitorKey: already registered, waiting for a coordinator's approval"}));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM volunteer_registrations").toInt(), 1);
    }

    void aRefusedRegistrationIsToldAndItsDataCleared()
    {
        const QString id = registered("s1", registration(key('a')));
        QCOMPARE(admin({"reject", id}), 2);
        QCOMPARE(admin({"reject", id, "--reason", "请到站点当面核对身份"}), 0);
        bool told = false;
        for (const auto &[entity, k, data] : newChanges("s1"))
            told = told || (entity == u"registration_status" && k == id && data.value("status").toString() == u"refused"
                            && data.value("reason").toString() == u"请到站点当面核对身份");
        QVERIFY(told);
        auto q = m_db->exec("SELECT name, phone, id_number_masked, status FROM volunteer_registrations WHERE id = ?", {id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString() + q->value(1).toString() + q->value(2).toString(), QString());
        QCOMPARE(q->value(3).toString(), QStringLiteral("refused"));
        QCOMPARE(admin({"approve", id}), 1);
        QVERIFY(m_err.contains("refused"));
        // Refused is not registered: the person may register again.
        QVERIFY(!QUuid::fromString(registered("s1", registration(key('a')))).isNull());
    }

    void badRegistrationsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QString>("field");
        QTest::newRow("no key") << QJsonObject{{"visitorKey", ""}} << "visitorKey";
        QTest::newRow("no name") << QJsonObject{{"name", QJsonValue(QJsonValue::Null)}} << "name";
        QTest::newRow("no given name") << QJsonObject{{"givenName", ""}} << "givenName";
        QTest::newRow("whole ID number") << QJsonObject{{"idNumberMasked", "11010519491231002X"}} << "idNumberMasked";
        QTest::newRow("unknown skill") << QJsonObject{{"skills", QJsonArray{"juggling"}}} << "skills";
        QTest::newRow("no skill") << QJsonObject{{"skills", QJsonArray{}}} << "skills";
        QTest::newRow("unknown day") << QJsonObject{{"availability", QJsonObject{{"someday", QJsonArray{"morning"}}}}}
                                     << "availability";
        QTest::newRow("unknown part") << QJsonObject{{"availability", QJsonObject{{"mon", QJsonArray{"night"}}}}}
                                      << "availability.mon";
        QTest::newRow("no time") << QJsonObject{{"availability", QJsonObject{}}} << "availability";
        QTest::newRow("bad phone") << QJsonObject{{"phone", "12812345678"}} << "phone";
        QTest::newRow("no phone") << QJsonObject{{"phone", ""}} << "phone";
        QTest::newRow("no consent") << QJsonObject{{"consent", QJsonValue(QJsonValue::Null)}} << "consent";
        QTest::newRow("consent without time") << QJsonObject{{"consent", QJsonObject{{"version", "2026-1"}}}} << "consent";
    }

    void badRegistrationsAreRefusedNamingTheField()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QString, field);
        const QString reason = registered("s1", registration(key('a'), overrides));
        QVERIFY2(reason.startsWith(field + u':'), qPrintable(reason));
        QVERIFY(!reason.contains("12812345678"));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM volunteer_registrations").toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM records").toInt(), 0);
    }

    void concurrentApprovalsGetDistinctNumbersWithoutGaps()
    {
        QCOMPARE(admin({"volunteer-prefix", "--prefix", "TJHP", "--district", "Heping"}), 0);
        QCOMPARE(admin({"volunteer-prefix", "--prefix", "tj-x"}), 2);
        constexpr int count = 8;
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(registered(i % 2 ? "s1" : "s2", registration(QString(64, QChar(char16_t(u'0' + i))))));
        QStringList numbers;
        QMutex lock;
        QList<QThread *> threads;
        for (const QString &id : ids) {
            threads.append(QThread::create([&, id] {
                QString error;
                auto db = Database::open(m_scratch->url(), &error);
                if (!db)
                    return;
                // One attempt each: an approval never has to be retried to get its number.
                Transaction tx(*db);
                const auto d = RegistrationDesk(*db).approve(id);
                if (d.ok && tx.commit()) {
                    QMutexLocker locked(&lock);
                    numbers.append(d.volunteerNumber);
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        numbers.sort();
        QStringList expected;
        for (int i = 1; i <= count; ++i)
            expected.append(QStringLiteral("TJHP-V-%1").arg(i, 6, 10, QLatin1Char('0')));
        QCOMPARE(numbers, expected);
        // Another district's numbers have their own prefix and series.
        QCOMPARE(volunteer("s3", 'f'), QStringLiteral("TJ-V-000001"));
    }

    void hoursFromTwoStationsAddUpAndDutyWaitsForApproval()
    {
        const QString number = volunteer("s1", 'a');
        const QString task = assignment("s1", number);
        QVERIFY(!task.isEmpty());
        const QString in1 = newId();
        QCOMPARE(reasonOf(checkIn("s1", number, 0, task, in1)), QStringLiteral("(accepted)"));
        // 2 h 40 min served: 2.5 h by the half-hour rule.
        QCOMPARE(reasonOf(checkOut("s1", in1, 160)), QStringLiteral("(accepted)"));
        QCOMPARE(hoursTotal(number), 2.5);
        newChanges("s2");
        // Station duty at the district's other station, after a pause: waits for approval.
        const QString in2 = newId();
        QCOMPARE(reasonOf(checkIn("s2", number, 180, QString(), in2)), QStringLiteral("(accepted)"));
        QCOMPARE(admin({"approve-duty", in2}), 1);
        QVERIFY2(m_err.contains("not checked out"), qPrintable(m_err));
        QCOMPARE(reasonOf(checkOut("s2", in2, 300)), QStringLiteral("(accepted)"));
        QCOMPARE(hoursTotal(number), 2.5);
        QCOMPARE(admin({"duty", "--pending"}), 0);
        QVERIFY2(m_out.contains(in2) && m_out.contains(number) && m_out.contains("2.0 h"), qPrintable(m_out));
        QCOMPARE(admin({"approve-duty", in2}), 0);
        QCOMPARE(hoursTotal(number), 4.5);
        QCOMPARE(admin({"approve-duty", in2}), 1);
        QJsonObject row;
        QJsonObject approved;
        for (const auto &[entity, k, data] : newChanges("s2")) {
            if (entity == u"volunteer" && k == number)
                row = data;
            if (entity == u"duty_status" && k == in2)
                approved = data;
        }
        QCOMPARE(row.value("hoursTotal").toDouble(), 4.5);
        QCOMPARE(approved.value("status").toString(), QStringLiteral("approved"));
        QCOMPARE(approved.value("hours").toDouble(), 2.0);
        QCOMPARE(admin({"duty", "--pending"}), 0);
        QVERIFY(m_out.contains("no station duty is waiting"));
        // Refused duty never counts.
        const QString in3 = newId();
        QCOMPARE(reasonOf(checkIn("s2", number, 400, QString(), in3)), QStringLiteral("(accepted)"));
        QCOMPARE(reasonOf(checkOut("s2", in3, 460)), QStringLiteral("(accepted)"));
        QCOMPARE(admin({"reject-duty", in3, "--reason", "未安排值班"}), 0);
        QCOMPARE(admin({"approve-duty", in3}), 1);
        QCOMPARE(hoursTotal(number), 4.5);
        // The station hears both decisions, keyed by the check-in.
        QHash<QString, QJsonObject> decisions;
        for (const auto &[entity, k, data] : newChanges("s2")) {
            if (entity == u"duty_status")
                decisions.insert(k, data);
        }
        QCOMPARE(decisions.value(in3).value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(decisions.value(in3).value("reason").toString(), QStringLiteral("未安排值班"));

        QCOMPARE(admin({"volunteer-hours", "--volunteer", number}), 0);
        QVERIFY2(m_out.contains("2.5 h") && m_out.contains("station duty, approved") && m_out.contains("station duty, refused")
                     && m_out.contains("hours total: 4.5") && m_out.contains("stars: 0 (95.5 h to the next star)"),
                 qPrintable(m_out));
    }

    void theStarLevelFollowsTheTotal()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath("v.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("volunteer_id,name,phone,station_id,skills,hours_total\nTJ-V-000900,李明,13800001234,s1,home_visit,299.5\n");
        csv.close();
        QCOMPARE(admin({"import-volunteers", "--file", csv.fileName()}), 0);
        QCOMPARE(volunteerRow("s1", "TJ-V-000900").value("stars").toInt(), 1);
        const QString in = newId();
        QCOMPARE(reasonOf(checkIn("s1", "TJ-V-000900", 0, QString(), in)), QStringLiteral("(accepted)"));
        QCOMPARE(reasonOf(checkOut("s1", in, 45)), QStringLiteral("(accepted)"));
        QCOMPARE(admin({"approve-duty", in}), 0);
        const QJsonObject row = volunteerRow("s1", "TJ-V-000900");
        QCOMPARE(row.value("hoursTotal").toDouble(), 300.0);
        QCOMPARE(row.value("stars").toInt(), 2);
    }

    void badCheckInsAndCheckOutsAreRefusedWithTheReason()
    {
        const QString number = volunteer("s1", 'a');
        const QString other = volunteer("s1", 'b');
        const QString task = assignment("s1", number);
        QVERIFY(reasonOf(checkIn("s1", "TJ-V-999999", 0, QString())).startsWith("volunteerNumber: no volunteer"));
        QVERIFY(reasonOf(checkIn("s2", number, 0, task)).startsWith("assignmentId: the assignment is at another station"));
        QVERIFY(reasonOf(checkIn("s1", other, 0, task)).startsWith("assignmentId: the assignment is another volunteer's"));
        QVERIFY(reasonOf(checkIn("s1", number, 0, "no-such-assignment")).startsWith("assignmentId: no such assignment"));
        QVERIFY(reasonOf(checkOut("s1", newId(), 60)).startsWith("checkInId: the server knows no check-in"));

        const QString in = newId();
        const QString out = newId();
        QCOMPARE(reasonOf(checkIn("s1", number, 0, task, in)), QStringLiteral("(accepted)"));
        QVERIFY(reasonOf(checkOut("s2", in, 60)).startsWith("checkInId: the check-in was at another station"));
        // The kiosk's clock moved back: refused without the monotonic minutes, counted with them.
        QVERIFY(reasonOf(checkOut("s1", in, -30)).startsWith("at: before the check-in"));
        QVERIFY(reasonOf(checkOut("s1", in, 24 * 60)).startsWith("at: more than 16 hours"));
        QCOMPARE(reasonOf(checkOut("s1", in, -30, 120, out)), QStringLiteral("(accepted)"));
        QCOMPARE(hoursTotal(number), 2.0);
        // Sent again (the answer was lost): a duplicate, never "already checked out".
        QCOMPARE(reasonOf(checkOut("s1", in, -30, 120, out)), QStringLiteral("(duplicate)"));
        QVERIFY(reasonOf(checkOut("s1", in, 200)).startsWith("checkInId: already checked out"));
        QCOMPARE(hoursTotal(number), 2.0);

        // Overlapping served time of the same volunteer, at any station.
        QVERIFY(reasonOf(checkIn("s2", number, 60, QString())).startsWith("at: overlaps the volunteer's served time"));
        const QString early = newId();
        QCOMPARE(reasonOf(checkIn("s2", number, -60, QString(), early)), QStringLiteral("(accepted)"));
        QVERIFY(reasonOf(checkOut("s2", early, 30)).startsWith("at: overlaps"));
        QCOMPARE(reasonOf(checkOut("s2", early, 0)), QStringLiteral("(accepted)")); // ends as the other begins
        // Another volunteer's time never overlaps.
        const QString theirs = newId();
        QCOMPARE(reasonOf(checkIn("s1", other, 30, QString(), theirs)), QStringLiteral("(accepted)"));
    }

    void aCheckOutAfterMidnightCountsTheWholeSpan()
    {
        const QString number = volunteer("s1", 'a');
        const QString in = newId();
        // 22:30 to 00:45 the next day (station time): 2 h 15 min, 2 h by the half-hour rule.
        QCOMPARE(reasonOf(checkIn("s1", number, 13 * 60 + 30, assignment("s1", number), in)), QStringLiteral("(accepted)"));
        QCOMPARE(reasonOf(checkOut("s1", in, 15 * 60 + 45)), QStringLiteral("(accepted)"));
        QCOMPARE(hoursTotal(number), 2.0);
        // Counted in the month and on the day it began.
        const QDate day = StationClock::today().addDays(-1);
        QCOMPARE(admin({"volunteer-hours-csv", "--from", day.toString(Qt::ISODate), "--to", day.toString(Qt::ISODate)}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("%1,王芳,%2,1,2,s1").arg(number, day.toString("yyyy-MM"))), qPrintable(m_out));
        QCOMPARE(admin({"volunteer-hours", "--volunteer", number}), 0);
        QVERIFY2(m_out.contains(day.toString(Qt::ISODate) + "T22:30 to 00:45  2.0 h"), qPrintable(m_out));
        QVERIFY(m_out.contains("ratings by the people helped: 0"));
    }

    void anOlderKioskCheckOutIsStillCounted()
    {
        const QString number = volunteer("s1", 'a');
        const QString in = newId();
        QCOMPARE(reasonOf(checkIn("s1", number, 0, assignment("s1", number), in)), QStringLiteral("(accepted)"));
        const QJsonObject r = push("s1", "check_in",
                                   {{"direction", "out"}, {"volunteerId", number}, {"volunteerNumber", number},
                                    {"assignmentId", ""}, {"checkInId", in}, {"servedHalfHours", 9}, {"at", at(95)}});
        QCOMPARE(reasonOf(r), QStringLiteral("(accepted)"));
        // The server counts from its own rule: 95 minutes are 1.5 h, whatever the kiosk said.
        QCOMPARE(hoursTotal(number), 1.5);
    }

    void hoursCsvAndCertificate()
    {
        const QString number = volunteer("s1", 'a');
        const QString in = newId();
        QCOMPARE(reasonOf(checkIn("s1", number, 0, assignment("s1", number), in)), QStringLiteral("(accepted)"));
        QCOMPARE(reasonOf(checkOut("s1", in, 150)), QStringLiteral("(accepted)"));
        const QString in2 = newId();
        QCOMPARE(reasonOf(checkIn("s2", number, 200, QString(), in2)), QStringLiteral("(accepted)"));
        QCOMPARE(reasonOf(checkOut("s2", in2, 260)), QStringLiteral("(accepted)"));
        QCOMPARE(admin({"approve-duty", in2}), 0);
        const QDate day = StationClock::today().addDays(-1);
        QCOMPARE(admin({"volunteer-hours-csv", "--from", day.toString(Qt::ISODate), "--to", day.toString(Qt::ISODate)}), 0);
        const QStringList lines = m_out.trimmed().split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("volunteer_number,name,month,periods,hours,stations"));
        QCOMPARE(lines.value(1), QStringLiteral("%1,王芳,%2,2,3.5,s1;s2").arg(number, day.toString("yyyy-MM")));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(admin({"volunteer-hours-csv", "--from", day.addDays(1).toString(Qt::ISODate), "--to",
                        day.addDays(2).toString(Qt::ISODate)}),
                 0);
        QCOMPARE(m_out.trimmed(), QStringLiteral("volunteer_number,name,month,periods,hours,stations"));

        QTemporaryDir dir;
        const QString file = dir.filePath("certificate.txt");
        QCOMPARE(admin({"volunteer-certificate", "--volunteer", number, "--format", "text", "--out", file, "--issuer",
                        "和平区残联志愿服务中心"}),
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &expected :
             {QStringLiteral("志愿服务记录证明"), QStringLiteral("Certificate of Volunteer Service Record"),
              QStringLiteral("志愿者姓名：王芳"), QStringLiteral("证件类型：居民身份证"),
              QStringLiteral("110105********002X（本系统不保存完整证件号码）"),
              QStringLiteral("ID number: 110105********002X (this system does not hold the full number)"),
              QStringLiteral("志愿者编号：") + number, QStringLiteral("2.5 小时  s1 站  陪同就医"), QStringLiteral("1 小时  s2 站  站点值班"),
              QStringLiteral("累计服务时长：3.5 小时"), QStringLiteral("Total hours of service: 3.5 h"),
              QStringLiteral("服务站点：s1 站、s2 站"), QStringLiteral("出具单位（盖章）：和平区残联志愿服务中心"),
              QStringLiteral("证明编号：VC-") + number})
            QVERIFY2(text.contains(expected), qPrintable(expected + "\n---\n" + text));
        // Each Mandarin line has its English below it.
        QVERIFY(text.contains("志愿者编号：" + number + "\nVolunteer number: " + number + "\n"));
        QCOMPARE(admin({"volunteer-certificate", "--volunteer", "TJ-V-999999", "--format", "text", "--out", file}), 1);
        // The issuer set once is on every certificate.
        QCOMPARE(admin({"certificate-issuer", "--name", "河西区志愿者协会"}), 0);
        QCOMPARE(admin({"volunteer-certificate", "--volunteer", number, "--format", "text", "--out", file}), 0);
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(again.readAll()).contains("Issued by (seal): 河西区志愿者协会"));
        QCOMPARE(admin({"volunteer-certificate", "--volunteer", number, "--format", "doc", "--out", file}), 2);

#ifdef KIOSK_SERVER_BINARY
        // PDF from the real kiosk-server: it starts the offscreen GUI application to print.
        const QString pdf = dir.filePath("certificate.pdf");
        QProcess server;
        server.start(QStringLiteral(KIOSK_SERVER_BINARY),
                     {"admin", "volunteer-certificate", "--volunteer", number, "--format", "pdf", "--out", pdf, "--db",
                      m_scratch->urlText()});
        QVERIFY(server.waitForFinished(60000));
        QVERIFY2(server.exitCode() == 0, server.readAllStandardError().constData());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray bytes = p.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.contains("CJK"), "the Mandarin is set in a CJK font");
#else
        QSKIP("KIOSK_SERVER_BINARY not set: the PDF needs the real kiosk-server");
#endif
    }

    void statisticsCountRegisteredAndActiveVolunteers()
    {
        const QString active = volunteer("s1", 'a');
        volunteer("s2", 'b');
        registered("s1", registration(key('c')));
        const QString in = newId();
        QCOMPARE(reasonOf(checkIn("s1", active, 0, assignment("s1", active), in)), QStringLiteral("(accepted)"));
        QCOMPARE(reasonOf(checkOut("s1", in, 60)), QStringLiteral("(accepted)"));
        QCOMPARE(admin({"stats", "--json"}), 0);
        const QJsonObject f = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(f.value("volunteersRegistered").toInt(), 2);
        QCOMPARE(f.value("volunteersActive").toInt(), 1);
        QCOMPARE(f.value("volunteerRegistrationsPending").toInt(), 1);
        QCOMPARE(f.value("targets").toObject().value("activeVolunteersPercent").toDouble(), 0.001);
        QCOMPARE(admin({"stats"}), 0);
        QVERIFY2(m_out.contains("volunteers active (served in the last 90 days): 1 of target 100000"), qPrintable(m_out));
        QCOMPARE(admin({"stats", "--station-id", "s2", "--json"}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value("volunteersActive").toInt(), 0);
    }
};

KIOSK_STORAGE_TEST_MAIN(VolunteersTest)
#include "tst_volunteers.moc"
