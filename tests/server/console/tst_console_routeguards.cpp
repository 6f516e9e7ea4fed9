// SPDX-License-Identifier: GPL-3.0-or-later
// Every route of the coordinators' console, walked from ConsoleRouter::routes() so a route added
// later is checked too: signed out, every non-public route answers 401 signed_out; signed in,
// every POST but the sign-in without X-CSRF-Token, with a wrong one and from another site's
// Origin answers 403 csrf; and none of them changed a row of the database (the console's
// tables, the change feed the kiosks read, records, volunteers, services ...). On a real
// database (SQLite, or PostgreSQL with KIOSK_TEST_ENGINE=postgresql) seeded as the demo is.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/console/consolerouter.h"
#include "server/database.h"
#include "server/demoassignments.h"
#include "server/demoservices.h"
#include "server/demovolunteers.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using namespace server;
using server::console::ConsoleRole;
using server::console::ConsoleRoute;
using server::console::ConsoleRouter;

namespace {

/// Every table of the server; console_sessions without last_seen_at (a refused request of a
/// live session may still count as its use).
const QStringList tables = {
    "assignments", "bookings", "certificate_applications", "certificate_keys", "certificates", "change_counter", "changes",
    "closed_days", "console_audit", "console_notes", "console_users", "lookup_audit", "places", "ratings", "records",
    "services", "settings", "slots", "stations", "volunteer_checks", "volunteer_numbers", "volunteer_registrations",
    "volunteers"};

} // namespace

class ConsoleRouteGuardsTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;

    /// Every row of every table, as text, sorted: equal before and after means nothing changed.
    QStringList snapshot()
    {
        QStringList out;
        const auto dump = [&](const QString &name, const QString &sql) {
            auto q = m_db->exec(sql);
            if (!q) {
                out.append(name + QStringLiteral(": query failed"));
                return;
            }
            QStringList rows;
            while (q->next()) {
                QStringList values;
                for (int i = 0; i < q->record().count(); ++i)
                    values.append(q->value(i).toString());
                rows.append(name + QStringLiteral(": ") + values.join(u'|'));
            }
            rows.sort();
            out.append(name + QStringLiteral(" rows: ") + QString::number(rows.size()));
            out.append(rows);
        };
        for (const QString &t : tables)
            dump(t, QStringLiteral("SELECT * FROM %1").arg(t));
        dump(QStringLiteral("console_sessions"),
             QStringLiteral("SELECT token_hash, login, csrf_token, created_at FROM console_sessions"));
        return out;
    }

    /// A real id for the route's {id}, so a route that forgot a check would change a real row.
    QString idFor(const QString &pattern)
    {
        const auto first = [&](const QString &sql) {
            const QString v = m_db->scalar(sql).toString();
            return v.isEmpty() ? QStringLiteral("no-such-id") : v;
        };
        if (pattern.startsWith(u"/console/api/queue/"))
            return first(QStringLiteral("SELECT id FROM records ORDER BY id LIMIT 1"));
        if (pattern.startsWith(u"/console/api/volunteers/pending/"))
            return first(QStringLiteral("SELECT id FROM volunteer_registrations ORDER BY id LIMIT 1"));
        if (pattern.startsWith(u"/console/api/volunteers/"))
            return first(QStringLiteral("SELECT id FROM volunteers ORDER BY id LIMIT 1"));
        if (pattern.startsWith(u"/console/api/services/"))
            return first(QStringLiteral("SELECT code FROM services ORDER BY code LIMIT 1"));
        if (pattern.startsWith(u"/console/api/duty/"))
            return first(QStringLiteral("SELECT id FROM assignments ORDER BY id LIMIT 1"));
        if (pattern.startsWith(u"/console/api/stations/"))
            return QStringLiteral("s1");
        return QStringLiteral("no-such-id");
    }

    static QString pathOf(const QString &pattern, const QString &id)
    {
        QString path = pattern;
        return path.replace(QStringLiteral("{id}"), id);
    }

    /// A POST as a browser's page would send it, with a plausible body.
    static ApiRequest postTo(const QString &path)
    {
        ApiRequest r;
        r.method = QStringLiteral("POST");
        r.path = path;
        r.body = QJsonDocument(QJsonObject{{"status", "done"},
                                           {"note", "guard test"},
                                           {"reason", "guard test"},
                                           {"volunteerId", "v1"},
                                           {"stationId", "s1"},
                                           {"date", "2030-01-01"}})
                     .toJson(QJsonDocument::Compact);
        r.headers.insert("content-type", "application/json");
        return r;
    }

private slots:
    void init()
    {
        QVERIFY2(m_world.open(ServerConfig{}), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        QVERIFY2(m_world.createStation("s1", "Station one", "d1"), qPrintable(m_world.error()));
        QVERIFY2(m_world.createStation("s2", "Station two", "d2"), qPrintable(m_world.error()));
        Transaction tx(*m_db);
        QDate closedDay;
        QVERIFY(DemoServices::seed(*m_db, "s1", &closedDay));
        QVERIFY(DemoVolunteers::seed(*m_db, "s1"));
        QVERIFY(DemoAssignments::seed(*m_db, "s1"));
        QVERIFY(tx.commit());
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void everyRouteButTheSignInAnswersSignedOutWithoutASession()
    {
        const QList<ConsoleRoute> routes = ConsoleRouter::routes();
        QVERIFY(routes.size() > 10);
        ConsoleTestClient nobody(*m_router, *m_db);
        const QStringList before = snapshot();
        int checked = 0;
        for (const ConsoleRoute &route : routes) {
            if (route.publicRoute)
                continue;
            const QString path = pathOf(route.pattern, idFor(route.pattern));
            const auto reply = route.method == u"GET" ? nobody.get(path) : nobody.send(postTo(path));
            QVERIFY2(reply.status() == 401 && reply.error() == u"signed_out",
                     qPrintable(route.method + u' ' + route.pattern + QStringLiteral(" answered ") + QString::number(reply.status()) + u' '
                                + reply.error()));
            // A stale or made-up cookie is no better.
            ApiRequest forged = postTo(path);
            forged.method = route.method;
            forged.headers.insert("cookie", "kiosk_console=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            forged.headers.insert("x-csrf-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            QCOMPARE(nobody.send(forged).status(), 401);
            ++checked;
        }
        QVERIFY(checked > 10);
        QCOMPARE(snapshot(), before);
    }

    void everyPostButTheSignInNeedsTheCsrfTokenAndThisSite()
    {
        ConsoleTestClient city(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        ConsoleTestClient other(*m_router, *m_db);
        QVERIFY(other.signInAs(ConsoleRole::City));
        const QStringList before = snapshot();
        int checked = 0;
        for (const ConsoleRoute &route : ConsoleRouter::routes()) {
            if (route.method != u"POST" || route.publicRoute)
                continue;
            const QString path = pathOf(route.pattern, idFor(route.pattern));
            const QString name = route.pattern;

            const auto missing = city.send(postTo(path));
            QVERIFY2(missing.status() == 403 && missing.error() == u"csrf",
                     qPrintable(name + QStringLiteral(" without the token: ") + QString::number(missing.status())));

            ApiRequest wrong = postTo(path);
            wrong.headers.insert("x-csrf-token", other.csrfToken().toLatin1());
            const auto wrongReply = city.send(wrong);
            QVERIFY2(wrongReply.status() == 403 && wrongReply.error() == u"csrf",
                     qPrintable(name + QStringLiteral(" with another session's token: ") + QString::number(wrongReply.status())));

            ApiRequest foreign = postTo(path);
            foreign.headers.insert("x-csrf-token", city.csrfToken().toLatin1());
            foreign.headers.insert("origin", "https://evil.example");
            const auto foreignReply = city.send(foreign);
            QVERIFY2(foreignReply.status() == 403 && foreignReply.error() == u"csrf",
                     qPrintable(name + QStringLiteral(" from another site: ") + QString::number(foreignReply.status())));
            ++checked;
        }
        QVERIFY(checked >= 5);
        QCOMPARE(snapshot(), before);
        // Both sessions are still there (no refused sign-out ended one).
        QCOMPARE(city.get("/console/api/session").status(), 200);
        QCOMPARE(other.get("/console/api/session").status(), 200);
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleRouteGuardsTest)
#include "tst_console_routeguards.moc"
