// SPDX-License-Identifier: GPL-3.0-or-later
// The admin commands of station services, on SQLite and PostgreSQL: a service with its texts
// reaches every station whole; slots made from its weekly pattern, made again without
// duplicates and without losing taken places; a closed day reaches the station as closed
// slots; a services CSV imported whole, or, with any bad row, not at all with every bad row
// named by line and field; the demo seed's services. Feed pages are kept for the contract check.
#include "contractsample.h"
#include "testdatabase.h"

#include "core/servicecategory.h"
#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/bookingdesk.h"
#include "server/database.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace server;

namespace {

/// The next Monday at least a week ahead: a fixed weekday for pattern checks.
QDate nextMonday()
{
    QDate d = StationClock::today().addDays(7);
    while (d.dayOfWeek() != 1)
        d = d.addDays(1);
    return d;
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

class BookingAdminTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_files;
    QString m_out;
    QString m_err;
    QString m_token;

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
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }
    /// Every change row the station receives (over the API), as (entity, key, data).
    QList<std::tuple<QString, QString, QJsonObject>> feed(const QString &station)
    {
        ServerConfig config;
        config.rateLimitPerSecond = 0;
        ApiRouter router(*m_db, config);
        if (m_token.isEmpty()) {
            StationRegistry stations(*m_db);
            const auto code = stations.issueEnrollmentCode(station, {}, 1);
            ApiRequest e;
            e.method = QStringLiteral("POST");
            e.path = QStringLiteral("/v1/stations/enroll");
            e.remoteAddress = QStringLiteral("127.0.0.1");
            e.body = QJsonDocument(QJsonObject{{"enrollmentCode", code.value_or(QString())}}).toJson();
            m_token = QJsonDocument::fromJson(router.handle(e).body).object().value("token").toString();
        }
        QList<std::tuple<QString, QString, QJsonObject>> rows;
        QString cursor = QStringLiteral("0");
        for (int page = 0; page < 100; ++page) {
            ApiRequest r;
            r.method = QStringLiteral("GET");
            r.path = QStringLiteral("/v1/sync/changes");
            r.query = QUrlQuery(QStringLiteral("limit=1000&since=") + cursor);
            r.remoteAddress = QStringLiteral("127.0.0.1");
            r.headers.insert("authorization", "Bearer " + m_token.toLatin1());
            const ApiResponse answer = router.handle(r);
            contract::recordResponseSample(r.method, r.path, answer.status, answer.body);
            const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            for (const QJsonValue &v : body.value("changes").toArray()) {
                const QJsonObject c = v.toObject();
                rows.append({c.value("entity").toString(), c.value("key").toString(), c.value("data").toObject()});
            }
            cursor = body.value("cursor").toString();
            if (!body.value("more").toBool())
                break;
        }
        return rows;
    }
    /// The latest data of each key of `entity`.
    QHash<QString, QJsonObject> latest(const QString &entity, const QString &station = QStringLiteral("s1"))
    {
        QHash<QString, QJsonObject> out;
        for (const auto &[e, key, data] : feed(station))
            if (e == entity)
                out.insert(key, data);
        return out;
    }
    int slotCount(const QString &service) { return m_db->scalar("SELECT COUNT(*) FROM slots WHERE service_code = ?", {service}).toInt(); }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db && m_db->migrate(&error), qPrintable(error));
        m_token.clear();
        QCOMPARE(admin({"station-create", "--station-id", "s1", "--name", "Station one"}), 0);
    }

    void cleanup()
    {
        m_db.reset();
        m_scratch.reset();
    }

    void aServiceReachesTheStationsWhole()
    {
        QCOMPARE(admin({"service-add", "--code", "legal-aid", "--category", "legal", "--name-zh", "法律帮助", "--name-en",
                        "Legal help", "--official-zh", "法律援助", "--official-en", "Legal aid", "--offers-zh", "律师解答",
                        "--offers-en", "A lawyer answers", "--bring-zh", "身份证", "--bring-en", "ID card", "--place-zh",
                        "205 室", "--place-en", "Room 205", "--weekly", "wed 09:00-11:30", "--slot-minutes", "30",
                        "--capacity", "1", "--bookable", "--sort", "4"}),
                 0);
        QCOMPARE(admin({"service-add", "--code", "social", "--category", "social_insurance", "--name-zh", "社保", "--name-en",
                        "Social insurance", "--weekly", "mon-fri 09:00-11:30", "--walk-in", "--prefix", "A"}),
                 0);
        const auto services = latest("service");
        const QJsonObject legal = services.value("legal-aid");
        QCOMPARE(legal.value("name").toObject().value("zh").toString(), QStringLiteral("法律帮助"));
        QCOMPARE(legal.value("officialName").toObject().value("en").toString(), QStringLiteral("Legal aid"));
        QCOMPARE(legal.value("place").toObject().value("en").toString(), QStringLiteral("Room 205"));
        QCOMPARE(legal.value("whatToBring").toObject().value("zh").toString(), QStringLiteral("身份证"));
        QCOMPARE(legal.value("weeklyHours").toString(), QStringLiteral("wed 09:00-11:30"));
        QCOMPARE(legal.value("bookable").toBool(), true);
        QCOMPARE(legal.value("walkIn").toBool(), false);
        QCOMPARE(legal.value("sortOrder").toInt(), 4);
        QVERIFY(!legal.contains("queuePrefix") && !legal.contains("eligibility"));
        const QJsonObject social = services.value("social");
        QCOMPARE(social.value("walkIn").toBool(), true);
        QCOMPARE(social.value("queuePrefix").toString(), QStringLiteral("A"));
        // Mistakes are refused in plain words, naming what is wrong.
        QCOMPARE(admin({"service-add", "--code", "x", "--category", "legal", "--name-zh", "甲", "--name-en", "X", "--weekly",
                        "monday 9-11"}),
                 1);
        QVERIFY2(m_err.startsWith("weekly:"), qPrintable(m_err));
        QCOMPARE(admin({"service-add", "--code", "x", "--category", "bakery", "--name-zh", "甲", "--name-en", "X"}), 1);
        QVERIFY2(m_err.startsWith("category:"), qPrintable(m_err));
        QCOMPARE(admin({"service-add", "--code", "x", "--category", "legal", "--name-zh", "甲", "--name-en", "X", "--walk-in"}), 1);
        QVERIFY2(m_err.startsWith("prefix:"), qPrintable(m_err));
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM services").toInt(), 2);
    }

    void slotsFollowTheWeeklyPatternAndRegeneratingKeepsTakenPlaces()
    {
        QCOMPARE(admin({"service-add", "--code", "rehab", "--category", "rehabilitation", "--name-zh", "康复", "--name-en",
                        "Rehabilitation", "--weekly", "mon 09:00-10:00,14:00-15:15; wed 09:00-10:00", "--slot-minutes", "30",
                        "--capacity", "3", "--bookable"}),
                 0);
        const QDate monday = nextMonday();
        QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", "rehab", "--from", iso(monday), "--to",
                        iso(monday.addDays(6))}),
                 0);
        // Monday 09:00, 09:30, 14:00, 14:30 (15:00-15:30 would end after 15:15, so it is not made);
        // Wednesday 09:00, 09:30; nothing on the other days.
        QCOMPARE(slotCount("rehab"), 6);
        QVERIFY2(m_out.contains("created 6, already there 0"), qPrintable(m_out));
        const QString first = SlotBoard::slotId("rehab", QDateTime(monday, QTime(9, 0)));
        QCOMPARE(first, "rehab-" + monday.toString("yyyyMMdd") + "-0900");
        QVERIFY(m_db->scalar("SELECT 1 FROM slots WHERE id = ?", {SlotBoard::slotId("rehab", QDateTime(monday, QTime(14, 30)))}).isValid());
        QVERIFY(!m_db->scalar("SELECT 1 FROM slots WHERE id = ?", {SlotBoard::slotId("rehab", QDateTime(monday, QTime(15, 0)))}).isValid());
        const auto feedSlots = latest("slot");
        QCOMPARE(feedSlots.size(), 6);
        const QJsonObject row = feedSlots.value(first);
        QCOMPARE(row.value("startsAt").toString(), iso(monday) + "T09:00:00+08:00");
        QCOMPARE(row.value("endsAt").toString(), iso(monday) + "T09:30:00+08:00");
        QCOMPARE(row.value("capacity").toInt(), 3);
        QCOMPARE(row.value("taken").toInt(), 0);
        QCOMPARE(row.value("closed").toBool(), false);

        // A place is taken, then the same range and a longer one are generated again.
        {
            Transaction tx(*m_db);
            BookingHold h{"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", first, "rehab", iso(monday) + "T09:00:00", "K7P3Q", {}, {}};
            QCOMPARE(BookingDesk(*m_db).hold("s1", h, BookingDesk::Refusal::Forget).outcome, BookingDesk::Outcome::Held);
            QVERIFY(tx.commit());
        }
        QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", "rehab", "--from", iso(monday), "--to",
                        iso(monday.addDays(9))}),
                 0);
        QVERIFY2(m_out.contains("created 6, already there 6"), qPrintable(m_out));
        QCOMPARE(slotCount("rehab"), 12); // the next week's Monday and Wednesday too
        QCOMPARE(m_db->scalar("SELECT taken FROM slots WHERE id = ?", {first}).toInt(), 1);
        // Usage mistakes.
        QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", "rehab", "--from", iso(monday), "--to",
                        iso(monday.addDays(-1))}),
                 2);
        QCOMPARE(admin({"slots-generate", "--station", "nowhere", "--service", "rehab", "--from", iso(monday), "--to",
                        iso(monday)}),
                 1);
        QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", "nothing", "--from", iso(monday), "--to", iso(monday)}), 1);
    }

    void aClosedDayReachesTheStationAsClosedSlots()
    {
        QCOMPARE(admin({"service-add", "--code", "rehab", "--category", "rehabilitation", "--name-zh", "康复", "--name-en",
                        "Rehabilitation", "--weekly", "mon-fri 09:00-10:00", "--capacity", "2", "--bookable"}),
                 0);
        QCOMPARE(admin({"service-add", "--code", "legal", "--category", "legal", "--name-zh", "法律", "--name-en", "Legal",
                        "--weekly", "mon-fri 09:00-10:00", "--capacity", "1", "--bookable"}),
                 0);
        const QDate monday = nextMonday();
        for (const QString service : {"rehab", "legal"})
            QCOMPARE(admin({"slots-generate", "--station", "s1", "--service", service, "--from", iso(monday), "--to",
                            iso(monday.addDays(1))}),
                     0);
        QCOMPARE(admin({"day-close", "--station", "s1", "--date", iso(monday), "--service", "legal"}), 0);
        QVERIFY2(m_out.contains("closed 2 slots"), qPrintable(m_out));
        QCOMPARE(admin({"day-close", "--station", "s1", "--date", iso(monday.addDays(1))}), 0);
        QVERIFY2(m_out.contains("closed 4 slots"), qPrintable(m_out));
        QCOMPARE(admin({"day-close", "--station", "s1", "--date", iso(monday.addDays(1))}), 0); // again: nothing more
        QVERIFY2(m_out.contains("nothing more to close"), qPrintable(m_out));
        QStringList closed, open;
        const auto rows = latest("slot");
        for (auto it = rows.begin(); it != rows.end(); ++it)
            (it.value().value("closed").toBool() ? closed : open).append(it.key());
        closed.sort();
        open.sort();
        const QString m = monday.toString("yyyyMMdd"), t = monday.addDays(1).toString("yyyyMMdd");
        QCOMPARE(open, (QStringList{"rehab-" + m + "-0900", "rehab-" + m + "-0930"}));
        QCOMPARE(closed.size(), 6);
        QVERIFY(closed.contains("legal-" + m + "-0900") && closed.contains("rehab-" + t + "-0930"));
        QCOMPARE(admin({"day-close", "--station", "s1", "--date", "tomorrow"}), 2);
        // A day gone by has nothing left to close: said, not answered "closed 0".
        QCOMPARE(admin({"day-close", "--station", "s1", "--date", iso(QDate::currentDate().addDays(-1))}), 2);
        QVERIFY2(m_err.contains("has passed"), qPrintable(m_err));
    }

    void aServicesFileIsImportedWhole()
    {
        const QByteArray good = "code,category,name_zh,name_en,official_zh,official_en,weekly,slot_minutes,capacity,bookable,walk_in,prefix,sort_order,place_zh,place_en\n"
                                "rehab,rehabilitation,康复训练,Rehabilitation exercises,社区康复服务,Community rehabilitation,\"mon-fri 08:30-11:30,14:00-17:00\",30,3,yes,no,,1,201 室,Room 201\n"
                                "social,social_insurance,社保经办,Social insurance,,,mon-fri 09:00-11:30,,,no,yes,A,2,2 号窗口,Window 2\n";
        QCOMPARE(admin({"services-import", file("good.csv", good)}), 0);
        QVERIFY2(m_out.contains("imported 2 services"), qPrintable(m_out));
        const auto services = latest("service");
        QCOMPARE(services.value("rehab").value("weeklyHours").toString(), QStringLiteral("mon-fri 08:30-11:30,14:00-17:00"));
        QCOMPARE(services.value("rehab").value("bookable").toBool(), true);
        QCOMPARE(services.value("rehab").value("place").toObject().value("en").toString(), QStringLiteral("Room 201"));
        QCOMPARE(services.value("social").value("queuePrefix").toString(), QStringLiteral("A"));
        QCOMPARE(m_db->scalar("SELECT capacity FROM services WHERE code = 'rehab'").toInt(), 3);
    }

    void aServicesFileWithBadRowsImportsNothingAndNamesEachRow()
    {
        const QByteArray bad = "code,category,name_zh,name_en,weekly,capacity,bookable,walk_in,prefix\n"
                               "rehab,rehabilitation,康复,Rehabilitation,mon-fri 09:00-11:00,3,yes,no,\n"
                               "bakery,bread,面包,Bread,,,,,\n"
                               "legal,legal,法律,Legal,wed 11:00-09:00,1,yes,no,\n"
                               "social,social_insurance,社保,Social,mon-fri 09:00-11:00,,no,yes,AB\n"
                               "work,employment,就业,,mon-fri 09:00-11:00,,no,no,\n"
                               "day,day_care,日间,Day,,,maybe,no,\n"
                               "rehab,rehabilitation,康复,Rehabilitation,mon-fri 09:00-11:00,x,yes,no,\n";
        QCOMPARE(admin({"services-import", "--file", file("bad.csv", bad)}), 1);
        const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains("line 3: category: not one of the city plan's categories"), qPrintable(m_err));
        QVERIFY2(m_err.contains("line 4: weekly:"), qPrintable(m_err));
        QVERIFY2(m_err.contains("line 5: prefix:"), qPrintable(m_err));
        QVERIFY2(m_err.contains("line 6: name:"), qPrintable(m_err));
        QVERIFY2(m_err.contains("line 7: bookable: yes or no"), qPrintable(m_err));
        QVERIFY2(m_err.contains("line 8: capacity: must be a whole number"), qPrintable(m_err));
        QVERIFY2(!m_err.contains("line 2"), qPrintable(m_err));
        QVERIFY2(m_err.contains("nothing imported"), qPrintable(m_err));
        // Not even the good first row.
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM services").toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM changes").toInt(), 0);
        // A header with an unknown or missing column is refused before any row.
        QCOMPARE(admin({"services-import", file("header.csv", "code,category,name_zh,colour\nx,legal,甲,red\n")}), 1);
        QVERIFY2(m_err.contains("line 1: colour: not a column") && m_err.contains("line 1: name_en: the header lacks"),
                 qPrintable(m_err));
    }

    void theDemoStationGetsEveryCategoryWithTimesAndAClosedDay()
    {
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE"}), 0);
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE"}), 0);
        const auto services = latest("service", "demo-station");
        QSet<QString> categories, prefixes;
        int bookable = 0;
        for (const QJsonObject &s : services) {
            categories.insert(s.value("category").toString());
            if (s.value("walkIn").toBool())
                prefixes.insert(s.value("queuePrefix").toString());
            bookable += s.value("bookable").toBool() ? 1 : 0;
            for (const char *text : {"name", "offers", "eligibility", "whatToBring", "openingHours", "place", "officialName"}) {
                QVERIFY2(!s.value(text).toObject().value("zh").toString().isEmpty(), text);
                QVERIFY2(!s.value(text).toObject().value("en").toString().isEmpty(), text);
            }
        }
        for (const QString plan : {"rehabilitation", "social_insurance", "employment", "day_care", "culture_and_sports", "legal",
                                   "accessibility"})
            QVERIFY2(categories.contains(plan), qPrintable(plan));
        QVERIFY(bookable >= 4);
        QCOMPARE(prefixes, (QSet<QString>{"A", "B", "C"}));
        // Times for the next 14 days, none twice after seeding twice, and one day closed.
        const QString last = iso(StationClock::today().addDays(13));
        QVERIFY(m_db->scalar("SELECT COUNT(*) FROM slots WHERE starts_at >= ?", {last}).toInt() > 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM slots WHERE starts_at >= ?", {iso(StationClock::today().addDays(14))}).toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT COUNT(DISTINCT substr(starts_at, 1, 10)) FROM slots WHERE closed = 1").toInt(), 1);
        QCOMPARE(m_db->scalar("SELECT COUNT(*) FROM slots WHERE closed = 0 AND substr(starts_at, 1, 10) ="
                              " (SELECT MIN(substr(starts_at, 1, 10)) FROM slots WHERE closed = 1)").toInt(),
                 0);
        const int slotRows = latest("slot", "demo-station").size();
        QCOMPARE(slotRows, m_db->scalar("SELECT COUNT(*) FROM slots").toInt());
    }
};

KIOSK_STORAGE_TEST_MAIN(BookingAdminTest)
#include "tst_bookingadmin.moc"
