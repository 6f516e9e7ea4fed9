// SPDX-License-Identifier: GPL-3.0-or-later
// Volunteer help on the server, on SQLite and PostgreSQL: every refusal of a pushed help
// request, rating or cancellation names its field and stores nothing; match suggests the right
// volunteers in the right order; assign and cancellation reach the station's change feed (the
// volunteer's given name and agreed time, the withdrawn assignment); ratings count in the
// volunteer's record; the stations' lists of places.
#include "contractsample.h"
#include "testdatabase.h"

#include "core/daypart.h"
#include "core/helptype.h"
#include "core/notephrases.h"
#include "core/placekind.h"
#include "core/ratingphrases.h"
#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/closedrequestphones.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"
#include "server/volunteerregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString day(int fromToday)
{
    return StationClock::today().addDays(fromToday).toString(Qt::ISODate);
}

QJsonObject request(const QJsonObject &overrides = {})
{
    QJsonObject p{{"helpType", "home_visit"},
                  {"visitorKey", QString(64, u'a')},
                  {"phone", "13812345678"},
                  {"wantedDay", day(1)},
                  {"dayPart", "morning"},
                  {"place", QJsonObject{{"kind", "home"}, {"placeId", ""}}},
                  {"noteKeys", QJsonArray{"uses_wheelchair"}},
                  {"code", "ABC23"}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

/// The keys of the first `enum: [...]` after `anchor` in openapi.yaml.
QStringList enumAfter(const QString &yaml, const QString &anchor)
{
    const qsizetype at = yaml.indexOf(anchor);
    const qsizetype open = yaml.indexOf(QStringLiteral("enum: ["), at);
    const qsizetype close = yaml.indexOf(u']', open);
    if (at < 0 || open < 0 || close < 0)
        return {};
    QStringList keys = yaml.mid(open + 7, close - open - 7).split(u',');
    for (QString &k : keys)
        k = k.trimmed();
    return keys;
}

} // namespace

class HelpTest : public QObject
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
    /// Pushes one item; returns its result object ({id, result, reason?}).
    QJsonObject push(const QString &station, const QString &kind, const QJsonObject &payload, const QString &id = newId())
    {
        QJsonObject p = payload;
        p.insert("id", id);
        p.insert("createdAt", "2026-07-06T01:00:00.000Z");
        const QJsonObject item{{"id", id}, {"kind", kind}, {"createdAt", "2026-07-06T01:00:00.000Z"}, {"payload", p}};
        const ApiResponse r = call("POST", "/v1/sync/push", QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson(), station);
        if (r.status != 200)
            return {{"result", QStringLiteral("http %1").arg(r.status)}};
        return QJsonDocument::fromJson(r.body).object().value("results").toArray().first().toObject();
    }
    QString accepted(const QString &station, const QJsonObject &payload = request())
    {
        const QJsonObject r = push(station, "volunteer_request", payload);
        return r.value("result").toString() == u"accepted" ? r.value("id").toString() : QString();
    }
    /// The station's change rows since the last call, as "entity:key" → data (deleted: "-").
    QList<QPair<QString, QJsonObject>> newChanges(const QString &station)
    {
        QList<QPair<QString, QJsonObject>> out;
        const ApiResponse r = call("GET", QStringLiteral("/v1/sync/changes?since=%1").arg(m_cursors.value(station)), {}, station);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        for (const QJsonValue &v : body.value("changes").toArray()) {
            const QJsonObject c = v.toObject();
            QString name = c.value("entity").toString();
            if (c.value("deleted").toBool())
                name += u":deleted";
            else if (c.value("entity").toString() == u"request_status")
                name += u':' + c.value("data").toObject().value("status").toString();
            out.append({name, c.value("data").toObject()});
        }
        m_cursors.insert(station, body.value("cursor").toString().toLongLong());
        return out;
    }
    QStringList names(const QList<QPair<QString, QJsonObject>> &changes)
    {
        QStringList out;
        for (const auto &c : changes)
            out.append(c.first);
        return out;
    }
    int records() { return m_db->scalar("SELECT COUNT(*) FROM records").toInt(); }

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
        const QList<QPair<QString, QString>> list{{"s1", "Heping"}, {"s2", "Heping"}, {"s3", "Hexi"}};
        for (const auto &[id, district] : list) {
            QVERIFY(stations.create(id, id, district, &error));
            const auto code = stations.issueEnrollmentCode(id, {}, 1);
            const ApiResponse r = call("POST", "/v1/stations/enroll",
                                       QJsonDocument(QJsonObject{{"enrollmentCode", code.value_or(QString())}}).toJson(), {});
            m_tokens.insert(id, QJsonDocument::fromJson(r.body).object().value("token").toString());
        }
        QCOMPARE(admin({"place-add", "--id", "hosp-1", "--name-zh", "中心医院", "--name-en", "Central Hospital", "--kind",
                        "hospital", "--station-id", "s1"}),
                 0);
        QCOMPARE(admin({"place-add", "--id", "city-hall", "--name-zh", "市民中心", "--name-en", "Civic centre"}), 0);
        QCOMPARE(admin({"place-add", "--id", "hosp-3", "--name-zh", "河西医院", "--name-en", "Hexi Hospital", "--kind",
                        "hospital", "--station-id", "s3"}),
                 0);
    }

    void cleanup()
    {
        m_router.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void theContractListsExactlyTheCoreTables()
    {
        QFile file(QStringLiteral(KIOSK_SERVER_OPENAPI));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString yaml = QString::fromUtf8(file.readAll());
        QStringList keys;
        for (core::HelpType t : core::HelpTypes::all())
            keys.append(core::HelpTypes::key(t));
        QCOMPARE(enumAfter(yaml, QStringLiteral("    HelpType:\n")), keys);
        keys.clear();
        for (const core::Phrase &p : core::NotePhrases::all())
            keys.append(p.key);
        QCOMPARE(enumAfter(yaml, QStringLiteral("    NoteKey:\n")), keys);
        keys.clear();
        for (const core::Phrase &p : core::RatingPhrases::praise() + core::RatingPhrases::complaints())
            keys.append(p.key);
        QCOMPARE(enumAfter(yaml, QStringLiteral("    RatingPhraseKey:\n")), keys);
        keys.clear();
        for (core::DayPart d : core::DayParts::all())
            keys.append(core::DayParts::key(d));
        QCOMPARE(enumAfter(yaml, QStringLiteral("        dayPart:\n")), keys);
        keys.clear();
        for (core::PlaceKind k : core::PlaceKinds::all())
            keys.append(core::PlaceKinds::key(k));
        QCOMPARE(enumAfter(yaml, QStringLiteral("    HelpPlace:\n")), keys);
    }

    void badHelpRequestsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown help type") << QJsonObject{{"helpType", "taxi"}} << "helpType";
        QTest::newRow("no help type") << QJsonObject{{"helpType", QJsonValue()}} << "helpType";
        QTest::newRow("yesterday") << QJsonObject{{"wantedDay", day(-1)}} << "wantedDay";
        QTest::newRow("not a day") << QJsonObject{{"wantedDay", "next week"}} << "wantedDay";
        QTest::newRow("phone") << QJsonObject{{"phone", "12812345678"}} << "phone";
        QTest::newRow("day part") << QJsonObject{{"dayPart", "night"}} << "dayPart";
        QTest::newRow("place kind") << QJsonObject{{"place", QJsonObject{{"kind", "moon"}, {"placeId", ""}}}} << "place.kind";
        QTest::newRow("unlisted place") << QJsonObject{{"place", QJsonObject{{"kind", "listed"}, {"placeId", "nowhere"}}}}
                                        << "place.placeId";
        QTest::newRow("another station's place")
            << QJsonObject{{"place", QJsonObject{{"kind", "listed"}, {"placeId", "hosp-3"}}}} << "place.placeId";
        QTest::newRow("place id for home") << QJsonObject{{"place", QJsonObject{{"kind", "home"}, {"placeId", "hosp-1"}}}}
                                           << "place.placeId";
        QTest::newRow("note key") << QJsonObject{{"noteKeys", QJsonArray{"blind", "please hurry"}}} << "noteKeys";
        QTest::newRow("note not a list") << QJsonObject{{"noteKeys", "blind"}} << "noteKeys";
    }

    void badHelpRequestsAreRefusedNamingTheField()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QString, field);
        QJsonObject payload = request(overrides);
        if (overrides.value("helpType").isNull())
            payload.remove("helpType");
        const QJsonObject r = push("s1", "volunteer_request", payload);
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY2(r.value("reason").toString().startsWith(field + u':'), qPrintable(r.value("reason").toString()));
        QVERIFY2(!r.value("reason").toString().contains("12812345678"), "a refusal never quotes the phone number");
        QCOMPARE(records(), 0);
        QVERIFY(names(newChanges("s1")).filter("request_status").isEmpty());
    }

    void goodHelpRequestsAreKept()
    {
        QVERIFY(!accepted("s1").isEmpty());
        QVERIFY(!accepted("s1", request({{"wantedDay", day(0)}})).isEmpty()); // today is not past
        QVERIFY(!accepted("s1", request({{"wantedDay", ""}, {"dayPart", "any"}, {"phone", ""}, {"noteKeys", QJsonArray{}}}))
                     .isEmpty());
        QVERIFY(!accepted("s1", request({{"place", QJsonObject{{"kind", "listed"}, {"placeId", "hosp-1"}}}})).isEmpty());
        // City-wide places are on every list.
        QVERIFY(!accepted("s3", request({{"place", QJsonObject{{"kind", "listed"}, {"placeId", "city-hall"}}}})).isEmpty());
        // An older kiosk's request (no day part, place or notes) still arrives.
        QVERIFY(!accepted("s1", QJsonObject{{"helpType", "reading_and_forms"}, {"visitorKey", ""}, {"phone", ""},
                                            {"wantedAt", ""}, {"note", ""}, {"code", "ABC24"}})
                     .isEmpty());
        QCOMPARE(records(), 6);
    }

    void matchSuggestsSkillAvailabilityStationDistrictLoad()
    {
        Transaction tx(*m_db);
        VolunteerRegistry volunteers(*m_db);
        const auto add = [&](const char *id, const char *name, const char *station, const char *skills, const char *availability) {
            VolunteerRegistry::Record r{QString::fromLatin1(id), QString::fromUtf8(name), {}, QString::fromLatin1(station),
                                        QString::fromLatin1(skills), 0};
            r.availability = QString::fromLatin1(availability);
            return volunteers.upsert(r);
        };
        QVERIFY(add("A", "王芳", "s2", "home_visit", "morning"));         // same district
        QVERIFY(add("B", "李强", "s1", "home_visit", "evening"));         // home station, not mornings
        QVERIFY(add("C", "欧阳明", "s1", "sign_language;home_visit", "")); // home station, any time
        QVERIFY(add("D", "Zhou Min", "s3", "home_visit", ""));           // another district
        QVERIFY(add("E", "陈静", "s1", "sign_language", "morning"));      // not this skill
        QVERIFY(add("F", "刘洋", "s1", "home_visit", "morning;afternoon")); // home station, busier below
        QVERIFY(tx.commit());
        const QString busy = accepted("s1", request({{"helpType", "sign_language"}}));
        QCOMPARE(admin({"assign", "--request", busy, "--volunteer", "F"}), 0);

        const QString id = accepted("s1");
        QCOMPARE(admin({"match", "--request", id, "--json"}), 0);
        QStringList order;
        for (const QJsonValue &v : QJsonDocument::fromJson(m_out.toUtf8()).array())
            order.append(v.toObject().value("volunteerId").toString());
        QCOMPARE(order, (QStringList{"C", "F", "A", "D"}));
        QCOMPARE(admin({"match", "--request", id}), 0);
        QVERIFY2(m_out.contains("C  欧阳明  station s1 (home station)  open assignments 0"), qPrintable(m_out));
        QVERIFY(m_out.contains("A  王芳  station s2 (same district)"));
        // "Any time" matches every volunteer with the skill.
        const QString anyTime = accepted("s1", request({{"dayPart", "any"}}));
        QCOMPARE(admin({"match", "--request", anyTime, "--json"}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 5);
        QCOMPARE(admin({"match", "--request", newId()}), 1);
        QVERIFY(m_err.contains("no help request"));
    }

    void assignTellsTheStationTheGivenNameAndTimeAndCancellationWithdrawsIt()
    {
        Transaction tx(*m_db);
        VolunteerRegistry volunteers(*m_db);
        QVERIFY(volunteers.upsert({"C", "欧阳明", "13800001234", "s1", "home_visit", 0}));
        QVERIFY(volunteers.upsert({"F", "刘洋", {}, "s1", "home_visit", 0}));
        QVERIFY(tx.commit());
        const QString id = accepted("s1");
        (void)newChanges("s1");

        QCOMPARE(admin({"assign", "--request", id, "--volunteer", "C", "--at", "tomorrow"}), 1);
        QVERIFY(m_err.contains("--at"));
        QCOMPARE(admin({"assign", "--request", id, "--volunteer", "C", "--at", "2026-07-08T09:30"}), 0);
        auto changes = newChanges("s1");
        QCOMPARE(names(changes), (QStringList{"assignment", "request_status:accepted", "request_status:assigned"}));
        QCOMPARE(changes[0].second.value("requestId").toString(), id);
        QCOMPARE(changes[0].second.value("startsAt").toString(), QStringLiteral("2026-07-08T09:30:00+08:00"));
        const QJsonObject assigned = changes[2].second;
        QCOMPARE(assigned.value("volunteerGivenName").toString(), QStringLiteral("明"));
        QCOMPARE(assigned.value("agreedAt").toString(), QStringLiteral("2026-07-08T09:30"));
        QVERIFY2(!QJsonDocument(assigned).toJson().contains("欧阳"), "never the full name in a request's status");
        QVERIFY(!assigned.contains("volunteerId"));

        // Reassigned: the first volunteer's assignment is withdrawn, the new one has no time yet.
        QCOMPARE(admin({"assign", "--request", id, "--volunteer", "F"}), 0);
        changes = newChanges("s1");
        QCOMPARE(names(changes), (QStringList{"assignment:deleted", "assignment", "request_status:assigned"}));
        QCOMPARE(changes[2].second.value("volunteerGivenName").toString(), QStringLiteral("洋"));
        QVERIFY(changes[2].second.value("agreedAt").isNull());

        // The visitor cancels at the kiosk: the assignment goes, the station hears "cancelled".
        const QJsonObject r = push("s1", "request_cancellation", {{"requestId", id}});
        QCOMPARE(r.value("result").toString(), QStringLiteral("accepted"));
        changes = newChanges("s1");
        QCOMPARE(names(changes), (QStringList{"assignment:deleted", "request_status:cancelled"}));
        QVERIFY(!changes[1].second.contains("volunteerGivenName"));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM assignments WHERE record_id = ? AND withdrawn_at IS NULL", {id}).toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {id}).toString(), QStringLiteral("cancelled"));
        QCOMPARE(admin({"volunteer", "--volunteer", "F"}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value("openAssignments").toInt(), 0);
        // A second cancellation (sent again under a new id) changes nothing more.
        QCOMPARE(push("s1", "request_cancellation", {{"requestId", id}}).value("result").toString(), QStringLiteral("accepted"));
        QVERIFY(newChanges("s1").isEmpty());
        QCOMPARE(admin({"assign", "--request", id, "--volunteer", "C"}), 1);
        QVERIFY(m_err.contains("cancelled already"));
    }

    void cancellationRefusals()
    {
        const QString mine = accepted("s1");
        const QString other = accepted("s2");
        const int before = records();
        QJsonObject r = push("s1", "request_cancellation", {{"requestId", newId()}});
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(r.value("reason").toString().startsWith("requestId:"));
        r = push("s1", "request_cancellation", {{"requestId", other}});
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(r.value("reason").toString().startsWith("requestId: no such help request at this station"));
        RecordStore store(*m_db);
        QString problem;
        for (const char *status : {"accepted", "assigned", "done"})
            QVERIFY2(store.setStatus(mine, QString::fromLatin1(status), &problem), qPrintable(problem));
        r = push("s1", "request_cancellation", {{"requestId", mine}});
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(r.value("reason").toString().contains("already given"));
        QCOMPARE(records(), before);
        QCOMPARE(m_db->scalar("SELECT status FROM records WHERE id = ?", {other}).toString(), QStringLiteral("submitted"));
    }

    void aClosedRequestNoLongerKeepsTheVisitorsPhone()
    {
        const auto storedPhone = [this](const QString &id) {
            const QString payload = m_db->scalar("SELECT payload FROM records WHERE id = ?", {id}).toString();
            const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
            if (object.isEmpty())
                return QStringLiteral("(no payload)");
            return object.value("phone").toString(QStringLiteral("(none)"));
        };
        const QString open = accepted("s1");
        const QString done = accepted("s1");
        const QString cancelledByVisitor = accepted("s1");
        const QJsonObject assessment = push("s1", "home_assessment_request",
                                            {{"request", "fee_waiver"}, {"visitorKey", QString(64, u'b')},
                                             {"phone", "13912345678"}, {"note", ""}, {"code", "XYZ45"}});
        QCOMPARE(assessment.value("result").toString(), QStringLiteral("accepted"));
        const QString assessmentId = assessment.value("id").toString();
        QCOMPARE(storedPhone(done), QStringLiteral("13812345678"));

        RecordStore store(*m_db);
        QString problem;
        for (const char *status : {"accepted", "assigned", "done"})
            QVERIFY2(store.setStatus(done, QString::fromLatin1(status), &problem), qPrintable(problem));
        QCOMPARE(push("s1", "request_cancellation", {{"requestId", cancelledByVisitor}}).value("result").toString(),
                 QStringLiteral("accepted"));
        QVERIFY2(store.setStatus(assessmentId, "cancelled", &problem), qPrintable(problem));

        QCOMPARE(storedPhone(done), QStringLiteral("(none)"));
        QCOMPARE(storedPhone(cancelledByVisitor), QStringLiteral("(none)"));
        QCOMPARE(storedPhone(assessmentId), QStringLiteral("(none)"));
        QCOMPARE(storedPhone(open), QStringLiteral("13812345678")); // staff may still call

        // A database from before the rule: a request closed with its phone still in the payload.
        const QString old = accepted("s1");
        QVERIFY(m_db->exec("UPDATE records SET status = 'done' WHERE id = ?", {old}));
        QCOMPARE(storedPhone(old), QStringLiteral("13812345678"));
        {
            Transaction tx(*m_db);
            QCOMPARE(ClosedRequestPhones(*m_db).sweep(), 1);
            QVERIFY(tx.commit());
        }
        QCOMPARE(storedPhone(old), QStringLiteral("(none)"));
        QCOMPARE(storedPhone(open), QStringLiteral("13812345678"));
        QCOMPARE(ClosedRequestPhones(*m_db).sweep(), 0);
    }

    void ratingsOncePerDoneRequestAndTheyCountToTheVolunteer()
    {
        Transaction tx(*m_db);
        QVERIFY(VolunteerRegistry(*m_db).upsert({"C", "欧阳明", {}, "s1", "home_visit", 0}));
        QVERIFY(tx.commit());
        const QString first = accepted("s1");
        const QString second = accepted("s1");
        QCOMPARE(admin({"assign", "--request", first, "--volunteer", "C"}), 0);
        QCOMPARE(admin({"assign", "--request", second, "--volunteer", "C"}), 0);

        const QJsonObject rating{{"requestId", first}, {"stars", 5}, {"phraseKeys", QJsonArray{"on_time", "kind"}}};
        QJsonObject r = push("s1", "rating", rating);
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY2(r.value("reason").toString().startsWith("requestId: the help has not been given yet"),
                 qPrintable(r.value("reason").toString()));
        RecordStore store(*m_db);
        QString problem;
        QVERIFY(store.setStatus(first, "done", &problem));
        QVERIFY(store.setStatus(second, "done", &problem));

        const QList<QPair<QJsonObject, QString>> bad{
            {{{"requestId", first}, {"stars", 0}, {"phraseKeys", QJsonArray{}}}, "stars"},
            {{{"requestId", first}, {"stars", 4.5}, {"phraseKeys", QJsonArray{}}}, "stars"},
            {{{"requestId", first}, {"stars", 4}, {"phraseKeys", QJsonArray{"blind"}}}, "phraseKeys"},
            {{{"requestId", newId()}, {"stars", 4}, {"phraseKeys", QJsonArray{}}}, "requestId"},
        };
        for (const auto &[payload, field] : bad) {
            r = push("s1", "rating", payload);
            QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
            QVERIFY2(r.value("reason").toString().startsWith(field + u':'), qPrintable(r.value("reason").toString()));
        }
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM ratings").toInt(), 0);

        const QString ratingId = newId();
        QCOMPARE(push("s1", "rating", rating, ratingId).value("result").toString(), QStringLiteral("accepted"));
        // The same rating sent again (a lost reply) is a duplicate, not "rated twice".
        QCOMPARE(push("s1", "rating", rating, ratingId).value("result").toString(), QStringLiteral("duplicate"));
        r = push("s1", "rating", {{"requestId", first}, {"stars", 1}, {"phraseKeys", QJsonArray{"late"}}});
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
        QVERIFY(r.value("reason").toString().contains("already rated"));
        QCOMPARE(push("s1", "rating", {{"requestId", second}, {"stars", 4}, {"phraseKeys", QJsonArray{"late"}}})
                     .value("result").toString(),
                 QStringLiteral("accepted"));

        QCOMPARE(admin({"volunteer", "--volunteer", "C"}), 0);
        const QJsonObject record = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(record.value("ratings").toInt(), 2);
        QCOMPARE(record.value("averageStars").toDouble(), 4.5);
        QCOMPARE(record.value("openAssignments").toInt(), 0);
        QCOMPARE(admin({"volunteer", "--volunteer", "nobody"}), 1);
    }

    void placesReachTheirStationsOnly()
    {
        auto s1 = newChanges("s1");
        QStringList listed;
        for (const auto &c : s1) {
            if (c.first == u"place")
                listed.append(c.second.value("name").toObject().value("en").toString());
        }
        QCOMPARE(listed, (QStringList{"Central Hospital", "Civic centre"}));
        QCOMPARE(admin({"places", "--station-id", "s3"}), 0);
        QVERIFY(m_out.contains("Hexi Hospital") && m_out.contains("Civic centre") && !m_out.contains("Central Hospital"));
        QCOMPARE(admin({"place-add", "--id", "x", "--name-zh", "某地", "--name-en", "Somewhere", "--kind", "shop"}), 1);
        QVERIFY(m_err.contains("kind"));
        QCOMPARE(admin({"place-add", "--id", "x", "--name-zh", "某地", "--name-en", "Somewhere", "--station-id", "s9"}), 1);
        QCOMPARE(admin({"place-remove", "--id", "hosp-1"}), 0);
        QCOMPARE(names(newChanges("s1")), QStringList{"place:deleted"});
        QVERIFY(newChanges("s3").size() == 2); // its own and the city-wide one, nothing removed
        QCOMPARE(admin({"place-remove", "--id", "hosp-1"}), 1);
        // A removed place is no longer a place to meet at.
        const QJsonObject r = push("s1", "volunteer_request", request({{"place", QJsonObject{{"kind", "listed"}, {"placeId", "hosp-1"}}}}));
        QCOMPARE(r.value("result").toString(), QStringLiteral("rejected"));
    }
};

KIOSK_STORAGE_TEST_MAIN(HelpTest)
#include "tst_help.moc"
