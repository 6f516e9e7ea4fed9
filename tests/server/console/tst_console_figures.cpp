// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's figures on the console, on a real database (SQLite, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql), asked the way the page asks (ApiRouter, a signed-in session):
// records are pushed by enrolled stations over /v1/sync/push and set done through RecordStore in
// two districts; the city sees both districts, a district only its own stations, a station only
// itself; the months add up to the total; persons are distinct visitors per station (Statistics'
// definition); the CSV has the byte order mark, its header and the JSON's numbers, and every
// export is in the audit.
//
// A record is done "now": to place a service in an earlier month the test moves its
// status_changed_at back in the database (the time a record was done is what puts it in a month).
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/checkindesk.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/statistics.h"
#include "server/transaction.h"
#include "server/volunteerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace server;
using server::console::ConsoleRole;

namespace {

const QString hexi = QStringLiteral("河西区");
const QString nankai = QStringLiteral("南开区");

QString key(char c)
{
    return QString(64, QLatin1Char(c));
}

QString monthName(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

/// ms of a moment on the stations' clock (UTC+8).
qint64 stationTime(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), StationClock::now().timeZone()).toMSecsSinceEpoch();
}

QJsonObject rowOf(const QJsonArray &rows, const QString &field, const QString &value)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(field).toString() == value)
            return v.toObject();
    }
    return {};
}

QStringList valuesOf(const QJsonArray &rows, const QString &field)
{
    QStringList out;
    for (const QJsonValue &v : rows)
        out.append(v.toObject().value(field).toString());
    return out;
}

} // namespace

class ConsoleFiguresTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;
    QDate m_thisMonth;
    QDate m_lastMonth;

    bool pushOne(const QString &station, const QString &id, const QString &kind, const QJsonObject &payload)
    {
        return m_world.push(station, kind, payload, id).value(QStringLiteral("result")).toString() == u"accepted";
    }
    /// A help request of `visitorKey` pushed by the station and brought to done; `doneAt` (ms)
    /// moves the moment it was done. Returns its id, empty on failure.
    QString serve(const QString &station, const QString &visitorKey, qint64 doneAt = 0,
                  const QString &kind = QStringLiteral("volunteer_request"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject payload{{QStringLiteral("helpType"), QStringLiteral("home_visit")},
                            {QStringLiteral("visitorKey"), visitorKey},
                            {QStringLiteral("phone"), QStringLiteral("13812345678")}};
        if (kind == u"help_call")
            payload = {{QStringLiteral("reason"), QString()}};
        if (!pushOne(station, id, kind, payload))
            return {};
        RecordStore records(*m_db);
        QString problem;
        for (const char *status : {"accepted", "assigned", "done"}) {
            if (!records.setStatus(id, QString::fromLatin1(status), &problem)) {
                qWarning("%s", qPrintable(problem));
                return {};
            }
        }
        if (doneAt && !m_db->exec(QStringLiteral("UPDATE records SET status_changed_at = ? WHERE id = ?"), {doneAt, id}))
            return {};
        return id;
    }
    /// The figures as a user of `role` sees them, with `query`; fails the test when not 200.
    QJsonObject figures(ConsoleTestClient &client, const QUrlQuery &query = {})
    {
        const auto reply = client.get(QStringLiteral("/console/api/figures"), query);
        if (reply.status() != 200)
            qWarning("figures answered %d %s", reply.status(), reply.response.body.constData());
        return reply.status() == 200 ? reply.json : QJsonObject();
    }
    /// The usual history: at 河西区's a1 visitor A twice and B once this month, C last month; at
    /// 南开区's b1 visitor D this month and last month. A staff call (no visitor) at b1 this month.
    void serveHistory()
    {
        const qint64 lastMonth = stationTime(m_lastMonth.addDays(14), 12);
        QVERIFY(!serve("a1", key('a')).isEmpty());
        QVERIFY(!serve("a1", key('a')).isEmpty());
        QVERIFY(!serve("a1", key('b')).isEmpty());
        QVERIFY(!serve("a1", key('c'), lastMonth).isEmpty());
        QVERIFY(!serve("b1", key('d')).isEmpty());
        QVERIFY(!serve("b1", key('d'), lastMonth).isEmpty());
        QVERIFY(!serve("b1", {}, 0, QStringLiteral("help_call")).isEmpty());
        // Not done yet: no person-time anywhere.
        QVERIFY(pushOne("a2", QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("volunteer_request"),
                        {{QStringLiteral("helpType"), QStringLiteral("home_visit")},
                         {QStringLiteral("visitorKey"), key('e')},
                         {QStringLiteral("phone"), QStringLiteral("13812345678")}}));
    }
    QUrlQuery monthsQuery(const QDate &from, const QDate &to)
    {
        return QUrlQuery{{QStringLiteral("from"), monthName(from)}, {QStringLiteral("to"), monthName(to)}};
    }

private slots:
    void init()
    {
        QVERIFY2(m_world.open(), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        const QList<QPair<QString, QString>> all{{QStringLiteral("a1"), hexi}, {QStringLiteral("a2"), hexi},
                                                 {QStringLiteral("b1"), nankai}};
        for (const auto &[id, district] : all)
            QVERIFY2(m_world.addStation(id, QStringLiteral("服务站 ") + id, district), qPrintable(m_world.error()));
        const QDate today = StationClock::today();
        m_thisMonth = QDate(today.year(), today.month(), 1);
        m_lastMonth = m_thisMonth.addMonths(-1);
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void theCitySeesBothDistrictsADistrictOnlyItsOwn()
    {
        serveHistory();
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QJsonObject all = figures(city);
        QCOMPARE(all.value("personTimes").toInteger(), 7);
        QCOMPARE(all.value("targets").toObject().value("personTimes").toInteger(), 600000);
        QCOMPARE(all.value("targets").toObject().value("volunteers").toInteger(), 100000);
        QStringList both{hexi, nankai};
        both.sort();
        QCOMPARE(valuesOf(all.value("byDistrict").toArray(), "district"), both);
        QCOMPARE(rowOf(all.value("byDistrict").toArray(), "district", hexi).value("personTimes").toInteger(), 4);
        QCOMPARE(rowOf(all.value("byDistrict").toArray(), "district", nankai).value("personTimes").toInteger(), 3);
        QCOMPARE(valuesOf(all.value("byStation").toArray(), "stationId").size(), 3);
        QCOMPARE(rowOf(all.value("byStation").toArray(), "stationId", "a2").value("personTimes").toInteger(), 0);

        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, hexi));
        const QJsonObject own = figures(district);
        QCOMPARE(own.value("personTimes").toInteger(), 4);
        QCOMPARE(own.value("personsServed").toInteger(), 3);
        QCOMPARE(valuesOf(own.value("byDistrict").toArray(), "district"), QStringList{hexi});
        QCOMPARE(valuesOf(own.value("byStation").toArray(), "stationId"), (QStringList{"a1", "a2"}));
        // Asking for the other district or its station finds nothing, not the other's figures.
        QCOMPARE(figures(district, {{"district", nankai}}).value("personTimes").toInteger(), 0);
        const QJsonObject probe = figures(district, {{"station", "b1"}});
        QCOMPARE(probe.value("personTimes").toInteger(), 0);
        QVERIFY(probe.value("byStation").toArray().isEmpty());

        ConsoleTestClient other(*m_router, *m_db);
        QVERIFY(other.signInAs(ConsoleRole::District, nankai));
        QCOMPARE(figures(other).value("personTimes").toInteger(), 3);

        ConsoleTestClient station(*m_router, *m_db);
        QVERIFY(station.signInAs(ConsoleRole::Station, hexi, "a1"));
        const QJsonObject mine = figures(station);
        QCOMPARE(mine.value("personTimes").toInteger(), 4);
        QCOMPARE(valuesOf(mine.value("byStation").toArray(), "stationId"), QStringList{"a1"});

        // The city's filter by district is the district's own figure.
        QCOMPARE(figures(city, {{"district", hexi}}).value("personTimes").toInteger(), 4);
        QCOMPARE(figures(city, {{"station", "b1"}}).value("personTimes").toInteger(), 3);
    }

    void theMonthsAddUpToTheTotal()
    {
        serveHistory();
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QJsonObject all = figures(city);
        const QJsonArray months = all.value("byMonth").toArray();
        QCOMPARE(valuesOf(months, "month"), (QStringList{monthName(m_lastMonth), monthName(m_thisMonth)}));
        qint64 sum = 0;
        for (const QJsonValue &m : months)
            sum += m.toObject().value("personTimes").toInteger();
        QCOMPARE(sum, all.value("personTimes").toInteger());
        QCOMPARE(rowOf(months, "month", monthName(m_lastMonth)).value("personTimes").toInteger(), 2);
        QCOMPARE(rowOf(months, "month", monthName(m_thisMonth)).value("personTimes").toInteger(), 5);
        qint64 kinds = 0;
        for (const QJsonValue &k : all.value("byKind").toArray())
            kinds += k.toObject().value("personTimes").toInteger();
        QCOMPARE(kinds, all.value("personTimes").toInteger());
        QCOMPARE(rowOf(all.value("byKind").toArray(), "kind", "help_call").value("personTimes").toInteger(), 1);

        // Only last month: the total is that month's; a span with nothing served lists its months.
        const QJsonObject last = figures(city, monthsQuery(m_lastMonth, m_lastMonth));
        QCOMPARE(last.value("personTimes").toInteger(), 2);
        QCOMPARE(last.value("from").toString(), monthName(m_lastMonth));
        QCOMPARE(last.value("byMonth").toArray().size(), 1);
        const QJsonObject quiet = figures(city, monthsQuery(m_lastMonth.addMonths(-3), m_lastMonth.addMonths(-1)));
        QCOMPARE(quiet.value("personTimes").toInteger(), 0);
        QCOMPARE(quiet.value("byMonth").toArray().size(), 3);

        // A service done at 01:00 on the stations' first of the month (17:00 UTC the day before)
        // is in the new month: months follow the stations' clock.
        const QString early = serve("a2", key('f'), stationTime(m_thisMonth, 1));
        QVERIFY(!early.isEmpty());
        const QJsonObject now = figures(city, monthsQuery(m_thisMonth, m_thisMonth));
        QCOMPARE(now.value("personTimes").toInteger(), 6);
        QCOMPARE(figures(city, monthsQuery(m_lastMonth, m_lastMonth)).value("personTimes").toInteger(), 2);
    }

    void personsAreDistinctVisitorsPerStation()
    {
        serveHistory();
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QJsonObject all = figures(city);
        // a1: A (twice), B, C; b1: D (in two months) and the staff call without a visitor.
        QCOMPARE(all.value("personsServed").toInteger(), 5);
        QCOMPARE(rowOf(all.value("byStation").toArray(), "stationId", "a1").value("persons").toInteger(), 3);
        QCOMPARE(rowOf(all.value("byStation").toArray(), "stationId", "b1").value("persons").toInteger(), 2);
        // D is one person over the span, and one person in each month.
        const QJsonArray months = all.value("byMonth").toArray();
        QCOMPARE(rowOf(months, "month", monthName(m_thisMonth)).value("persons").toInteger(), 4);
        QCOMPARE(rowOf(months, "month", monthName(m_lastMonth)).value("persons").toInteger(), 2);
        // The same definition as the admin command's statistics.
        const auto statistics = Statistics(*m_db).compute();
        QVERIFY(statistics);
        QCOMPARE(all.value("personsServed").toInteger(), statistics->value("personsServed").toInteger());
        QCOMPARE(all.value("personTimes").toInteger(), statistics->value("personTimes").toInteger());
        // The same key at another station is another person there (keys are per station).
        QVERIFY(!serve("a2", key('a')).isEmpty());
        QCOMPARE(figures(city).value("personsServed").toInteger(), 6);
    }

    void volunteersRegisteredAndActiveFollowTheScope()
    {
        VolunteerRegistry volunteers(*m_db);
        {
            Transaction tx(*m_db);
            QVERIFY(volunteers.upsert({"TJ-V-000901", "Wang", {}, "a1", {}, 0}));
            QVERIFY(volunteers.upsert({"TJ-V-000902", "Li", {}, "a2", {}, 0}));
            QVERIFY(volunteers.upsert({"TJ-V-000903", "Zhao", {}, "b1", {}, 0}));
            QVERIFY(tx.commit());
        }
        QVERIFY(m_db->exec("UPDATE volunteers SET registered_at = ? WHERE id = 'TJ-V-000902'",
                           {stationTime(m_lastMonth.addDays(3), 10)}));
        // Wang's station duty at a1, checked in and out by the kiosk and approved: counted.
        const QString checkIn = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        QVERIFY(pushOne("a1", checkIn, "check_in",
                        {{"direction", "in"}, {"volunteerNumber", "TJ-V-000901"}, {"volunteerId", "TJ-V-000901"},
                         {"at", start.toString(Qt::ISODateWithMs)}}));
        QVERIFY(pushOne("a1", QUuid::createUuid().toString(QUuid::WithoutBraces), "check_out",
                        {{"checkInId", checkIn}, {"at", start.addSecs(7200).toString(Qt::ISODateWithMs)}}));
        QString problem;
        {
            Transaction tx(*m_db);
            QVERIFY2(CheckInDesk(*m_db).approveDuty(checkIn, &problem), qPrintable(problem));
            QVERIFY(tx.commit());
        }

        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        const QJsonObject all = figures(city);
        QCOMPARE(all.value("volunteersRegistered").toInteger(), 3);
        QCOMPARE(all.value("volunteersActive").toInteger(), 1);
        QCOMPARE(rowOf(all.value("byMonth").toArray(), "month", monthName(m_lastMonth)).value("volunteersRegistered").toInteger(), 1);
        QCOMPARE(rowOf(all.value("byMonth").toArray(), "month", monthName(m_thisMonth)).value("volunteersRegistered").toInteger(), 2);
        QCOMPARE(rowOf(all.value("byStation").toArray(), "stationId", "a1").value("volunteersActive").toInteger(), 1);
        QCOMPARE(rowOf(all.value("byDistrict").toArray(), "district", nankai).value("volunteersRegistered").toInteger(), 1);

        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, nankai));
        const QJsonObject own = figures(district);
        QCOMPARE(own.value("volunteersRegistered").toInteger(), 1);
        QCOMPARE(own.value("volunteersActive").toInteger(), 0);
        // Registered up to last month: only Li.
        QCOMPARE(figures(city, {{"to", monthName(m_lastMonth)}}).value("volunteersRegistered").toInteger(), 1);
    }

    void theCsvHasTheMarkTheHeaderAndTheJsonsNumbers()
    {
        serveHistory();
        ConsoleTestClient district(*m_router, *m_db);
        QVERIFY(district.signInAs(ConsoleRole::District, hexi));
        const QJsonObject json = figures(district);

        const auto months = district.get("/console/api/figures/export", {{"table", "byMonth"}});
        QCOMPARE(months.status(), 200);
        QCOMPARE(months.header("content-type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(months.header("content-disposition").startsWith("attachment; filename=\"plan-figures-by-month.csv\""));
        const QByteArray body = months.response.body;
        QVERIFY(body.startsWith("\xEF\xBB\xBF"));
        QStringList lines = QString::fromUtf8(body.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("月份,服务人次,服务人数,注册志愿者"));
        const QJsonArray byMonth = json.value("byMonth").toArray();
        QCOMPARE(lines.size(), byMonth.size() + 1);
        for (int i = 0; i < byMonth.size(); ++i) {
            const QJsonObject m = byMonth.at(i).toObject();
            QCOMPARE(lines.at(i + 1), QStringLiteral("%1,%2,%3,%4")
                                          .arg(m.value("month").toString())
                                          .arg(m.value("personTimes").toInteger())
                                          .arg(m.value("persons").toInteger())
                                          .arg(m.value("volunteersRegistered").toInteger()));
        }

        const auto stations = district.get("/console/api/figures/export", {{"table", "byStation"}, {"lang", "en"}});
        QCOMPARE(stations.status(), 200);
        lines = QString::fromUtf8(stations.response.body.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Station ID,Station,District,Person-times served,Persons served,"
                                                "Volunteers registered,Active volunteers"));
        QCOMPARE(lines.mid(1), (QStringList{QStringLiteral("a1,服务站 a1,河西区,4,3,0,0"),
                                            QStringLiteral("a2,服务站 a2,河西区,0,0,0,0")}));
        // Another district's station never shows in this district's file.
        QVERIFY(!stations.response.body.contains("b1"));

        const auto bad = district.get("/console/api/figures/export", {{"table", "everything"}});
        QCOMPARE(bad.status(), 400);
        QCOMPARE(bad.error(), QStringLiteral("invalid_request"));
    }

    void everyExportIsAudited()
    {
        serveHistory();
        ConsoleTestClient station(*m_router, *m_db);
        QVERIFY(station.signInAs(ConsoleRole::Station, hexi, "a1", "a1.staff", QStringLiteral("王芳")));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(station.get("/console/api/figures").status(), 200);
        QCOMPARE(station.get("/console/api/figures/export", {{"table", "byKind"}, {"from", monthName(m_lastMonth)}}).status(),
                 200);
        auto q = m_db->exec("SELECT login, action, entity, entity_id, detail, at FROM console_audit WHERE action = 'exported'");
        QVERIFY(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("a1.staff"));
        QCOMPARE(q->value(2).toString(), QStringLiteral("figures"));
        QCOMPARE(q->value(3).toString(), QStringLiteral("byKind"));
        QVERIFY(q->value(4).toString().contains(monthName(m_lastMonth)));
        QVERIFY(q->value(5).toLongLong() >= before);
        QVERIFY(!q->next()); // looking at the figures is not an export
        q.reset();

        // And the audit page shows it with the person's name.
        const auto audit = station.get("/console/api/audit", {{"action", "exported"}});
        QCOMPARE(audit.status(), 200);
        const QJsonArray entries = audit.json.value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value("displayName").toString(), QStringLiteral("王芳"));
    }

    void malformedFiltersAreRefused()
    {
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        auto reply = city.get("/console/api/figures", {{"from", "2026-13"}});
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.json.value("field").toString(), QStringLiteral("from"));
        reply = city.get("/console/api/figures", {{"from", "2026-11"}, {"to", "2026-10"}});
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.json.value("field").toString(), QStringLiteral("to"));
        reply = city.get("/console/api/figures", {{"from", "2001-01"}, {"to", "2026-10"}});
        QCOMPARE(reply.status(), 400);
        // Signed out: no figures.
        city.forget();
        QCOMPARE(city.get("/console/api/figures").status(), 401);
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleFiguresTest)
#include "tst_console_figures.moc"
