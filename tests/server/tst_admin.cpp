// SPDX-License-Identifier: GPL-3.0-or-later
// `kiosk-server admin ...` on a real database: stations, CSV imports that keep good rows and
// report bad ones by line, assignment and status changes reaching the station's feed, and the
// statistics against the plan's targets.
#include "testdatabase.h"

#include "server/admincommand.h"
#include "server/changefeed.h"
#include "server/checkindesk.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/statistics.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace server;

class AdminTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    QTemporaryDir m_files;
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
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QCOMPARE(admin({"station-create", "--station-id", "s1", "--name", "Station one"}), 0);
        QVERIFY(m_out.contains("enrollment code"));
        QCOMPARE(admin({"station-create", "--station-id", "s2", "--name", "Station two"}), 0);
    }
    void cleanup() { m_scratch.reset(); }

    void unknownCommandsAndMissingOptionsAreUsageErrors()
    {
        QCOMPARE(admin({"fly"}), 2);
        QVERIFY(m_err.contains("usage"));
        QCOMPARE(admin({"station-revoke"}), 2);
        QVERIFY(m_err.contains("--station-id"));
        QCOMPARE(admin({"station-create", "--station-id", "s1", "--name", "again"}), 1);
        QVERIFY(m_err.contains("exists"));
    }

    void certificateImportKeepsGoodRowsAndReportsBadOnesByLine()
    {
        const QString path = file("certs.csv",
            "id_number,holder_name,category,level,status,valid_until,station_id\n"
            "11010519491231002X,Zhang San,1,2,issued,2031-06-30,s1\n"             // line 2 good
            "110105194912310021,Li Si,1,2,issued,2031-06-30,s1\n"                 // line 3 bad check digit
            "110101199003074477,\"Wang, Wu\",4,5,issued,,s1\n"                    // line 4 bad level
            "110101199003074477,Wang Wu,4,3,flying,,s1\n"                         // line 5 bad status
            "110101199003074477,Wang Wu,4,3,public_notice,,nowhere\n"             // line 6 bad station
            "\"110101199003074477\",\"Wang\nWu\",4,3,public_notice,,s2\n"          // lines 7-8 good
            "110101199003074477,Zhao Liu,9,1,issued,2031-01-01,s1\n");            // line 9 bad category
        QCOMPARE(admin({"import-certificates", "--file", path}), 1);
        QVERIFY2(m_out.contains("imported 2 rows, refused 5"), qPrintable(m_out));
        QVERIFY2(m_err.contains("line 3: id_number"), qPrintable(m_err));
        QVERIFY(m_err.contains("line 4: level"));
        QVERIFY(m_err.contains("line 5: status"));
        QVERIFY(m_err.contains("line 6: station_id"));
        QVERIFY(m_err.contains("line 9: category"));
        QVERIFY(!m_err.contains("line 7"));
        // Never a whole ID number in a report.
        QVERIFY(!m_err.contains("110105194912310021"));
        QVERIFY(!m_err.contains("110101199003074477"));

        QString error;
        auto db = Database::open(m_scratch->url(), &error);
        QVERIFY(db);
        QCOMPARE(db->scalar("SELECT COUNT(*) FROM certificates").toInt(), 2);
        ChangeFeed feed(*db);
        QCOMPARE(feed.page("s1", 0, 100)->changes.size(), 1);
        QCOMPARE(feed.page("s2", 0, 100)->changes.size(), 1);
        QCOMPARE(feed.page("s2", 0, 100)->changes.first().data.value("status").toString(), QStringLiteral("public_notice"));
    }

    void certificateImportCarriesTheTimelineColumns()
    {
        const QString path = file("timeline.csv",
            "id_number,holder_name,category,level,status,valid_until,station_id,state_since,issued_on,"
            "pickup_place_zh,pickup_place_en,replacement\n"
            "11010519491231002X,Zhang San,1,2,ready_for_pickup,2031-06-30,s1,2026-06-29,2026-06-26,二号窗口,Window 2,3\n"
            "110101199003074477,Wang Wu,4,3,issued,,s1,2026-02-30,,,,\n"        // line 3 bad state_since
            "110101199003074477,Wang Wu,4,3,issued,,s1,,2026-13-01,,,\n"        // line 4 bad issued_on
            "110101199003074477,Wang Wu,4,3,issued,,s1,,,,,B2\n");               // line 5 bad replacement
        QCOMPARE(admin({"import-certificates", "--file", path}), 1);
        QVERIFY2(m_out.contains("imported 1 rows, refused 3"), qPrintable(m_out + m_err));
        QVERIFY(m_err.contains("line 3: state_since"));
        QVERIFY(m_err.contains("line 4: issued_on"));
        QVERIFY(m_err.contains("line 5: replacement"));
        QString error;
        auto db = Database::open(m_scratch->url(), &error);
        QVERIFY(db);
        ChangeFeed feed(*db);
        const auto page = feed.page("s1", 0, 100);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), 1);
        const QJsonObject data = page->changes.first().data;
        QCOMPARE(data.value("stateSince").toString(), QStringLiteral("2026-06-29"));
        QCOMPARE(data.value("issuedOn").toString(), QStringLiteral("2026-06-26"));
        QCOMPARE(data.value("pickupPlace").toObject().value("zh").toString(), QStringLiteral("二号窗口"));
        QCOMPARE(data.value("replacement").toInt(), 3);
        QVERIFY(!data.contains("holderName"));
        // The old seven columns alone still import: the new ones read as empty.
        const QString old = file("old.csv", "id_number,holder_name,category,level,status,valid_until,station_id\n"
                                            "110101199003074477,Wang Wu,4,3,issued,,s2\n");
        QCOMPARE(admin({"import-certificates", "--file", old}), 0);
        const QJsonObject plain = feed.page("s2", 0, 100)->changes.first().data;
        QVERIFY(plain.value("stateSince").isNull());
        QVERIFY(plain.value("pickupPlace").isNull());
        QCOMPARE(plain.value("replacement").toInt(), 0);
    }

    void importWithAMissingColumnImportsNothing()
    {
        const QString path = file("bad.csv", "volunteer_id,name\nV1,Li\n");
        QCOMPARE(admin({"import-volunteers", "--file", path}), 1);
        QVERIFY(m_err.contains("line 1: the header lacks the column \"phone\""));
        QVERIFY(m_out.isEmpty() || m_out.contains("imported 0"));
    }

    void assignmentStatusAndStatisticsAgainstTargets()
    {
        const QString path = file("vols.csv",
            "volunteer_id,name,phone,station_id,skills,hours_total\n"
            "V1,Li Ming,13800001234,s1,accompany_to_hospital,120\n"
            "V2,Wang Fang,not-a-phone,s1,,3\n"
            "V3,Zhou,13900005678,s2,sign_language;home_visit,10.5\n"
            "V4,Chen,,s1,,-2\n");
        QCOMPARE(admin({"import-volunteers", "--file", path}), 1);
        QVERIFY(m_out.contains("imported 2 rows, refused 2"));
        QVERIFY(m_err.contains("line 3: phone"));
        QVERIFY(m_err.contains("line 5: hours_total"));

        QString error;
        auto db = Database::open(m_scratch->url(), &error);
        QVERIFY(db);
        RecordStore records(*db);
        core::wire::PushBatch batch;
        const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
        batch.items.append({a, "volunteer_request", {}, {{"visitorKey", "visitor-1"}, {"helpType", "home_visit"}}});
        batch.items.append({b, "volunteer_request", {}, {{"visitorKey", "visitor-1"}, {"helpType", "home_visit"}}});
        QVERIFY(records.push("s1", batch));

        QCOMPARE(admin({"assign", "--request", a, "--volunteer", "V9"}), 1);
        QVERIFY(m_err.contains("no volunteer"));
        QCOMPARE(admin({"set-status", "--request", a, "--status", "accepted"}), 0);
        QCOMPARE(admin({"assign", "--request", a, "--volunteer", "V1"}), 0);
        QCOMPARE(admin({"set-status", "--request", a, "--status", "done"}), 0);
        // States move one step at a time: a submitted request cannot jump to done.
        QCOMPARE(admin({"set-status", "--request", b, "--status", "done"}), 1);
        QVERIFY(m_err.contains("cannot go from submitted to done"));
        QCOMPARE(admin({"set-status", "--request", b, "--status", "cancelled"}), 0);

        ChangeFeed feed(*db);
        QStringList entities;
        const auto page = feed.page("s1", 0, 100);
        QVERIFY(page);
        for (const auto &c : page->changes)
            entities.append(c.entity + u':' + c.data.value("status").toString());
        QCOMPARE(entities, (QStringList{"volunteer:", "request_status:accepted", "assignment:", "request_status:assigned",
                                        "request_status:done", "request_status:cancelled"}));

        QCOMPARE(admin({"stats"}), 0);
        QVERIFY2(m_out.contains("volunteers registered: 2 of target 100000"), qPrintable(m_out));
        QVERIFY(m_out.contains("person-times served: 1 of target 600000"));
        QVERIFY(m_out.contains("volunteer hours: 130.5"));
        QVERIFY2(m_out.contains(QRegularExpression("\\bs1 +1 +2 +1\\n")), qPrintable(m_out));
        QVERIFY(m_out.contains(QRegularExpression("\\bs2 +0 +0 +1\\n")));
        QCOMPARE(admin({"stats", "--station-id", "s2", "--json"}), 0);
        QVERIFY(m_out.contains("\"volunteersRegistered\": 1"));
        QVERIFY(m_out.contains("\"personTimes\": 0"));
    }

    void revokedStationIsListedAsRevoked()
    {
        QCOMPARE(admin({"station-revoke", "--station-id", "s2"}), 0);
        QCOMPARE(admin({"stations"}), 0);
        QVERIFY(m_out.contains(R"("id":"s2","name":"Station two","revoked":true)"));
        QCOMPARE(admin({"station-revoke", "--station-id", "nope"}), 1);
    }

    void demoSeedCanRunTwice()
    {
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE"}), 0);
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE"}), 0);
        QVERIFY(m_out.contains("enrollment code DEMO-CODE"));
    }

    void demoSeedHasTheDemoKiosksAssignments()
    {
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE"}), 0);
        QCOMPARE(admin({"demo-seed", "--station-id", "demo-station", "--enrollment-code", "DEMO-CODE"}), 0);
        QString error;
        auto db = Database::open(m_scratch->url(), &error);
        QVERIFY2(db, qPrintable(error));
        // The kiosk demo's assignments (kiosk/store/demodata.cpp), each on a demo help request of
        // the demo station that names no visitor; a re-run adds none.
        const QList<QPair<QString, QString>> expected{{"asg-1", "TJ-V-000101"}, {"asg-2", "TJ-V-000102"},
                                                      {"asg-3", "TJ-V-000103"}, {"asg-4", "TJ-V-000104"},
                                                      {"asg-5", "TJ-V-000102"}};
        QCOMPARE(db->scalar("SELECT COUNT(*) FROM assignments").toInt(), 5);
        QCOMPARE(db->scalar("SELECT COUNT(*) FROM records").toInt(), 5);
        for (const auto &[assignment, volunteer] : expected) {
            auto q = db->exec("SELECT a.volunteer_id, a.station_id, r.kind, r.status, r.station_id, r.visitor_key, a.withdrawn_at"
                              " FROM assignments a JOIN records r ON r.id = a.record_id WHERE a.id = ?",
                              {assignment});
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toString(), volunteer);
            QCOMPARE(q->value(1).toString(), QStringLiteral("demo-station"));
            QCOMPARE(q->value(2).toString(), QStringLiteral("volunteer_request"));
            QCOMPARE(q->value(3).toString(), QStringLiteral("assigned"));
            QCOMPARE(q->value(4).toString(), QStringLiteral("demo-station"));
            QVERIFY(q->value(5).isNull());
            QVERIFY(q->value(6).isNull());
            // The demo kiosk's check-in to it is accepted, not parked "no such assignment".
            const QJsonObject checkIn{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                      {"createdAt", "2026-12-01T01:00:00.000Z"},
                                      {"direction", "in"},
                                      {"volunteerId", volunteer},
                                      {"volunteerNumber", volunteer},
                                      {"assignmentId", assignment},
                                      {"at", "2026-12-01T01:00:00.000Z"}};
            QCOMPARE(CheckInDesk(*db).pushProblem("check_in", checkIn, "demo-station"), QString());
            QVERIFY(!CheckInDesk(*db).pushProblem("check_in", checkIn, "s1").isEmpty()); // another station's
        }
        // The demo kiosk has them with its own titles and times: nothing in the feed to replace them.
        QCOMPARE(db->scalar("SELECT COUNT(*) FROM changes WHERE entity = 'assignment'").toInt(), 0);
    }
};

KIOSK_STORAGE_TEST_MAIN(AdminTest)
#include "tst_admin.moc"
