// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to the coordinators' console on a real database (SQLite, or PostgreSQL with
// KIOSK_TEST_ENGINE=postgresql): right and wrong passwords, unknown logins, the sign-in limit,
// the cookie's flags, CSRF and Origin refusals that change nothing, idle and absolute expiry,
// signing out, disabled accounts, the stored Argon2id hash, the security headers, the admin
// commands; and a real kiosk-server that serves the page and the session API over HTTP.
#include "consoletestclient.h"
#include "consoletestworld.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/console/consolesettings.h"
#include "server/console/passwordhash.h"
#include "server/console/signinthrottle.h"
#include "server/console/consoleuseradmincommands.h"
#include "server/console/userdirectory.h"
#include "server/database.h"
#include "server/stationregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace server;
using server::console::ConsoleRole;
using server::console::ConsoleSettings;
using server::console::ConsoleUser;

namespace {

const QString password = ConsoleTestClient::defaultPassword();

/// A sign-in request as the page sends it, from `address`.
ApiRequest signInRequest(const QString &login, const QString &pass, const QString &address = QStringLiteral("127.0.0.1"))
{
    ApiRequest r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/console/api/session");
    r.body = QJsonDocument(QJsonObject{{"login", login}, {"password", pass}}).toJson(QJsonDocument::Compact);
    r.remoteAddress = address;
    r.headers.insert("host", "127.0.0.1:8765");
    return r;
}

QByteArray headerOf(const ApiResponse &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

/// The console's headers on an answer (every /console answer has them).
bool hasSecurityHeaders(const ApiResponse &r)
{
    const QByteArray csp = headerOf(r, "Content-Security-Policy");
    return csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
        && csp.contains("object-src 'none'") && !csp.contains("unsafe-inline")
        && headerOf(r, "X-Content-Type-Options") == "nosniff" && headerOf(r, "Referrer-Policy") == "no-referrer"
        && headerOf(r, "X-Frame-Options") == "DENY";
}

} // namespace

class ConsoleSessionTest : public QObject
{
    Q_OBJECT

private:
    ConsoleTestWorld m_world;
    Database *m_db = nullptr; ///< m_world's, while a test runs
    ApiRouter *m_router = nullptr;

    int count(const QString &sql, const QVariantList &values = {})
    {
        return m_db->scalar(sql, values).toInt();
    }
    int auditRows(const QString &action, const QString &login)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM console_audit WHERE action = ? AND login = ?"), {action, login});
    }
    bool makeUser(const QString &login, ConsoleRole role = ConsoleRole::City, const QString &district = {},
                  const QString &station = {})
    {
        return ConsoleTestClient::createUser(*m_db, ConsoleUser{login, QStringLiteral("Name of ") + login, role, district, station});
    }
    /// `kiosk-server admin` console commands, run as the admin command runs them.
    /// Writes (or rewrites) a password file as an administrator would; false when it cannot.
    static bool writePasswordFile(const QString &path, const QByteArray &contents)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(contents) == contents.size();
    }
    int admin(const QString &command, const QHash<QString, QString> &options, QString *errors = nullptr,
              const QStringList &flags = {})
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        int status = -1;
        console::ConsoleUserAdminCommands(*m_db, outStream, errStream, options, flags).run(command, &status);
        errStream.flush();
        if (errors)
            *errors = err;
        return status;
    }

private slots:
    void init()
    {
        QVERIFY2(m_world.open(ServerConfig{}), qPrintable(m_world.error()));
        m_db = &m_world.db();
        m_router = &m_world.router();
        QVERIFY2(m_world.createStation("s1", "Station one", "d1"), qPrintable(m_world.error()));
        QVERIFY2(m_world.createStation("s2", "Station two", "d1"), qPrintable(m_world.error()));
        QVERIFY2(m_world.createStation("s3", "Station three", "d2"), qPrintable(m_world.error()));
    }

    void cleanup()
    {
        m_router = nullptr;
        m_db = nullptr;
        m_world.close();
    }

    void theRightPasswordSignsInAndAWrongOneDoesNot()
    {
        QVERIFY(makeUser("wang.fang", ConsoleRole::Station, "d1", "s1"));
        const ApiResponse wrong = m_router->handle(signInRequest("wang.fang", "not the password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(QJsonDocument::fromJson(wrong.body).object().value("error").toString(), QStringLiteral("wrong_sign_in"));
        QVERIFY(headerOf(wrong, "Set-Cookie").isEmpty());
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions"), 0);
        QCOMPARE(auditRows("sign_in_refused", "wang.fang"), 1);

        // The login is matched as typed in any case, and the answer names the person and scope.
        const ApiResponse right = m_router->handle(signInRequest("Wang.Fang", password));
        QCOMPARE(right.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(right.body).object();
        const QJsonObject user = body.value("user").toObject();
        QCOMPARE(user.value("login").toString(), QStringLiteral("wang.fang"));
        QCOMPARE(user.value("displayName").toString(), QStringLiteral("Name of wang.fang"));
        QCOMPARE(user.value("role").toString(), QStringLiteral("station"));
        QCOMPARE(user.value("district").toString(), QStringLiteral("d1"));
        QCOMPARE(user.value("stationId").toString(), QStringLiteral("s1"));
        QVERIFY(body.value("csrfToken").toString().size() >= 40);
        QCOMPARE(body.value("idleSeconds").toInt(), 30 * 60);
        QVERIFY(headerOf(right, "Set-Cookie").startsWith("kiosk_console="));
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions WHERE login = 'wang.fang'"), 1);
        QCOMPARE(auditRows("signed_in", "wang.fang"), 1);

        // Nothing the audit or the sessions keep holds the password or the cookie's token.
        const QByteArray token = headerOf(right, "Set-Cookie").mid(14).split(';').first();
        auto rows = m_db->exec("SELECT login, action, entity, entity_id, station_id, detail FROM console_audit");
        QVERIFY(rows);
        int seen = 0;
        while (rows->next()) {
            ++seen;
            for (int i = 0; i < 6; ++i) {
                QVERIFY(!rows->value(i).toString().contains(password));
                QVERIFY(!rows->value(i).toString().contains("not the password"));
            }
        }
        QCOMPARE(seen, 2);
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions WHERE token_hash = ?", {QString::fromLatin1(token)}), 0);
    }

    void anUnknownLoginIsAnsweredLikeAWrongPassword()
    {
        QVERIFY(makeUser("li.ming"));
        const ApiResponse unknown = m_router->handle(signInRequest("nobody", password));
        const ApiResponse wrong = m_router->handle(signInRequest("li.ming", "wrong password here"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.body, wrong.body);
        // The audit names the account of a wrong password, and no login for an unknown one:
        // what was typed there may be a password put in the wrong field.
        QCOMPARE(auditRows("sign_in_refused", "li.ming"), 1);
        QCOMPARE(auditRows("sign_in_refused", "nobody"), 0);
        QCOMPARE(m_router->handle(signInRequest("my.secret-2026", password)).status, 401);
        QCOMPARE(auditRows("sign_in_refused", "(unknown login)"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE login LIKE '%secret%' OR detail LIKE '%secret%'"), 0);
        // A login that could never exist is refused too, its text not kept.
        const ApiResponse odd = m_router->handle(signInRequest("<script>", password));
        QCOMPARE(odd.status, 401);
        QCOMPARE(count("SELECT COUNT(*) FROM console_audit WHERE login LIKE '%script%'"), 0);
        // Missing fields are the page's mistake, not a sign-in attempt.
        ApiRequest empty = signInRequest("li.ming", password);
        empty.body = "{\"login\":\"li.ming\"}";
        const ApiResponse missing = m_router->handle(empty);
        QCOMPARE(missing.status, 400);
        QCOMPARE(QJsonDocument::fromJson(missing.body).object().value("field").toString(), QStringLiteral("password"));
    }

    void fiveFailuresForALoginPauseItsSignIn()
    {
        QVERIFY(makeUser("zhao.lei"));
        QVERIFY(makeUser("qian.yu"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_router->handle(signInRequest("zhao.lei", "guess number " + QString::number(i))).status, 401);
        // Now even the right password waits: a guesser cannot tell when they found it.
        const ApiResponse paused = m_router->handle(signInRequest("zhao.lei", password));
        QCOMPARE(paused.status, 429);
        const QJsonObject body = QJsonDocument::fromJson(paused.body).object();
        QCOMPARE(body.value("error").toString(), QStringLiteral("too_many_attempts"));
        const int retry = body.value("retryAfterSeconds").toInt();
        QVERIFY(retry > 0 && retry <= 15 * 60);
        QCOMPARE(headerOf(paused, "Retry-After").toInt(), retry);
        QVERIFY(hasSecurityHeaders(paused));
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions"), 0);
        // Other people at the same address are not held up by one person's mistakes.
        QCOMPARE(m_router->handle(signInRequest("qian.yu", password)).status, 200);
    }

    void signInsAtOnceCannotTogetherPassTheLimit()
    {
        QVERIFY(makeUser("feng.yi"));
        const auto throttle = std::make_shared<console::SignInThrottle>();
        // Eight browsers guess at once, each on its own worker (its own connection), as serve's
        // write workers do: the limit of five holds, the others are paused without a hash.
        std::atomic<int> refused{0};
        std::atomic<int> paused{0};
        std::atomic<int> other{0};
        std::vector<std::thread> workers;
        for (int i = 0; i < 8; ++i) {
            workers.emplace_back([&, i] {
                QString error;
                auto db = Database::open(m_world.scratch().url(), &error);
                if (!db) {
                    ++other;
                    return;
                }
                ApiRouter router(*db, ServerConfig{});
                router.setConsole(ConsoleSettings{}, throttle);
                const int status = router.handle(signInRequest("feng.yi", "guess number " + QString::number(i))).status;
                ++(status == 401 ? refused : status == 429 ? paused : other);
            });
        }
        for (std::thread &w : workers)
            w.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(refused.load(), 5);
        QCOMPARE(paused.load(), 3);
        QCOMPARE(auditRows("sign_in_refused", "feng.yi"), 5);
    }

    void aSignInWaitingTooLongForItsTurnToHashIsAnsweredBusy()
    {
        QVERIFY(makeUser("tang.wei"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_router->handle(signInRequest("tang.wei", "guess number " + QString::number(i))).status, 401);
        {
            // Every turn to hash is taken (two sign-ins hashing, 64 MiB each).
            std::vector<std::unique_ptr<console::PasswordHash::Turn>> taken;
            for (int i = 0; i < console::PasswordHash::concurrentHashes; ++i) {
                taken.push_back(std::make_unique<console::PasswordHash::Turn>(std::chrono::milliseconds(0)));
                QVERIFY(taken.back()->acquired());
            }
            QVERIFY(!console::PasswordHash::Turn(std::chrono::milliseconds(0)).acquired());
            QElapsedTimer waited;
            waited.start();
            const ApiResponse busy = m_router->handle(signInRequest("tang.wei", password));
            QCOMPARE(busy.status, 503);
            QCOMPARE(QJsonDocument::fromJson(busy.body).object().value("error").toString(), QStringLiteral("busy"));
            QVERIFY(!headerOf(busy, "Retry-After").isEmpty());
            QVERIFY(hasSecurityHeaders(busy));
            QVERIFY(waited.elapsed() >= 4000);
            QCOMPARE(count("SELECT COUNT(*) FROM console_sessions"), 0);
        }
        // The busy attempt was not counted as a fifth failure: the right password still signs in.
        QCOMPARE(m_router->handle(signInRequest("tang.wei", password)).status, 200);
    }

    void twentyFailuresFromAnAddressPauseIt()
    {
        QVERIFY(makeUser("sun.li"));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_router->handle(signInRequest("guess" + QString::number(i), password, "10.0.0.9")).status, 401);
        QCOMPARE(m_router->handle(signInRequest("sun.li", password, "10.0.0.9")).status, 429);
        QCOMPARE(m_router->handle(signInRequest("sun.li", password, "10.0.0.10")).status, 200);

        // Behind nginx (the proxy's secret checked by the HTTP layer) each browser counts by
        // X-Real-IP; without the secret the header is only a client's word and counts for nothing.
        for (int i = 0; i < 20; ++i) {
            ApiRequest proxied = signInRequest("other" + QString::number(i), password, "127.0.0.1");
            proxied.fromTrustedProxy = true;
            proxied.headers.insert("x-real-ip", "192.0.2.7");
            QCOMPARE(m_router->handle(proxied).status, 401);
        }
        ApiRequest sameBrowser = signInRequest("sun.li", password, "127.0.0.1");
        sameBrowser.fromTrustedProxy = true;
        sameBrowser.headers.insert("x-real-ip", "192.0.2.7");
        QCOMPARE(m_router->handle(sameBrowser).status, 429);
        sameBrowser.headers.insert("x-real-ip", "192.0.2.8");
        QCOMPARE(m_router->handle(sameBrowser).status, 200);
        ApiRequest claimed = signInRequest("sun.li", password, "10.0.0.9");
        claimed.headers.insert("x-real-ip", "192.0.2.8");
        QCOMPARE(m_router->handle(claimed).status, 429);
    }

    void theCookieIsHttpOnlyStrictSecureAndForTheConsoleOnly()
    {
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signInAs(ConsoleRole::City));
        const QByteArray cookie = client.lastReply().header("Set-Cookie");
        const QList<QByteArray> parts = cookie.split(';');
        QList<QByteArray> flags;
        for (const QByteArray &p : parts.mid(1))
            flags.append(p.trimmed());
        QVERIFY(flags.contains("HttpOnly"));
        QVERIFY(flags.contains("SameSite=Strict"));
        QVERIFY(flags.contains("Secure"));
        QVERIFY(flags.contains("Path=/console/"));
        // 32 random bytes, base64url: 43 characters.
        QCOMPARE(parts.first().mid(QByteArray("kiosk_console=").size()).size(), 43);

        // Plain http on another host than localhost: the option leaves Secure out.
        ConsoleSettings insecure;
        insecure.secureCookie = false;
        m_router->setConsole(insecure);
        ConsoleTestClient second(*m_router, *m_db);
        QVERIFY(second.signInAs(ConsoleRole::City));
        QVERIFY(!second.lastReply().header("Set-Cookie").contains("Secure"));
        QVERIFY(second.lastReply().header("Set-Cookie").contains("HttpOnly"));
    }

    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing()
    {
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signInAs(ConsoleRole::District, "d1"));
        ApiRequest end;
        end.method = QStringLiteral("POST");
        end.path = QStringLiteral("/console/api/session/end");
        end.body = "{}";
        const auto missing = client.send(end);
        QCOMPARE(missing.status(), 403);
        QCOMPARE(missing.error(), QStringLiteral("csrf"));
        QVERIFY(hasSecurityHeaders(missing.response));
        end.headers.insert("x-csrf-token", client.csrfToken().toLatin1().left(42) + "x");
        const auto wrong = client.send(end);
        QCOMPARE(wrong.status(), 403);
        QCOMPARE(wrong.error(), QStringLiteral("csrf"));
        // Another session's token is no better.
        ConsoleTestClient other(*m_router, *m_db);
        QVERIFY(other.signInAs(ConsoleRole::City));
        end.headers.insert("x-csrf-token", other.csrfToken().toLatin1());
        QCOMPARE(client.send(end).status(), 403);
        // The session is still there, and nobody signed out.
        QCOMPARE(client.get("/console/api/session").status(), 200);
        QCOMPARE(auditRows("signed_out", client.user().login), 0);
        // The same request with its token goes through.
        QCOMPARE(client.post("/console/api/session/end").status(), 200);
    }

    void aPostFromAnotherSiteIsRefused()
    {
        QVERIFY(makeUser("zhou.jie"));
        ApiRequest foreign = signInRequest("zhou.jie", password);
        foreign.headers.insert("origin", "https://evil.example");
        const ApiResponse refused = m_router->handle(foreign);
        QCOMPARE(refused.status, 403);
        QCOMPARE(QJsonDocument::fromJson(refused.body).object().value("error").toString(), QStringLiteral("csrf"));
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions"), 0);
        // The host itself (http or https, behind nginx) is this site.
        ApiRequest own = signInRequest("zhou.jie", password);
        own.headers.insert("origin", "http://127.0.0.1:8765");
        QCOMPARE(m_router->handle(own).status, 200);
        own.headers.insert("origin", "https://127.0.0.1:8765");
        QCOMPARE(m_router->handle(own).status, 200);

        // With a session and its token, a foreign Origin is still refused.
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signIn("zhou.jie"));
        ApiRequest end;
        end.method = QStringLiteral("POST");
        end.path = QStringLiteral("/console/api/session/end");
        end.headers.insert("x-csrf-token", client.csrfToken().toLatin1());
        end.headers.insert("origin", "http://127.0.0.1:8766");
        QCOMPARE(client.send(end).status(), 403);
        QCOMPARE(client.get("/console/api/session").status(), 200);
    }

    void anIdleSessionExpires()
    {
        ConsoleSettings settings;
        // Sleeps only ever run long: each use comes well inside the idle time (1.2 s of 3 s,
        // room for a slow machine) and the last wait is surely past it.
        settings.idleSeconds = 3;
        m_router->setConsole(settings);
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signInAs(ConsoleRole::City));
        QCOMPARE(client.lastReply().json.value("idleSeconds").toInt(), 3);
        // Used within the idle time, it lives on past it.
        QThread::msleep(1200);
        QCOMPARE(client.get("/console/api/session").status(), 200);
        QThread::msleep(1200);
        QCOMPARE(client.get("/console/api/stations/choices").status(), 200);
        // Left alone longer, it is over.
        QThread::msleep(3300);
        const auto expired = client.get("/console/api/stations/choices");
        QCOMPARE(expired.status(), 401);
        QCOMPARE(expired.error(), QStringLiteral("session_expired"));
        QVERIFY(hasSecurityHeaders(expired.response));
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions"), 0);
        QCOMPARE(client.get("/console/api/session").error(), QStringLiteral("signed_out"));
    }

    void aPageLeftOpenWithItsRefreshTimerStillExpires()
    {
        ConsoleSettings settings;
        settings.idleSeconds = 4;
        m_router->setConsole(settings);
        ConsoleTestClient used(*m_router, *m_db);
        ConsoleTestClient leftOpen(*m_router, *m_db);
        QVERIFY(used.signInAs(ConsoleRole::City));
        QVERIFY(leftOpen.signInAs(ConsoleRole::City));
        // The queue page's refresh timer marks its requests; they are answered but do not count
        // as use. The other person clicks at the same pace.
        ApiRequest timer;
        timer.method = QStringLiteral("GET");
        timer.path = QStringLiteral("/console/api/stations/choices");
        timer.headers.insert("x-console-background", "1");
        // The timer's requests come within the first half of the idle time (room for a slow
        // machine); the check that they did not count comes surely after it, since sleeps only
        // ever run long.
        for (int i = 0; i < 4; ++i) {
            QThread::msleep(500);
            QCOMPARE(used.get("/console/api/stations/choices").status(), 200);
            QVERIFY2(leftOpen.send(timer).status() == 200, qPrintable(QString::number(i)));
        }
        QThread::msleep(1000);
        QCOMPARE(used.get("/console/api/stations/choices").status(), 200);
        QThread::msleep(1200); // 4.2 s at least since the page was opened
        const auto over = leftOpen.send(timer);
        QCOMPARE(over.status(), 401);
        QCOMPARE(over.error(), QStringLiteral("session_expired"));
        QCOMPARE(used.get("/console/api/session").status(), 200);
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions"), 1);
    }

    void aSessionEndsAtItsAbsoluteLifetime()
    {
        ConsoleSettings settings;
        settings.sessionHours = 0; // over as soon as it began
        m_router->setConsole(settings);
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signInAs(ConsoleRole::City));
        QThread::msleep(20);
        QCOMPARE(client.get("/console/api/session").error(), QStringLiteral("session_expired"));
    }

    void signingOutEndsTheSession()
    {
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signInAs(ConsoleRole::City, {}, {}, "wu.min"));
        const QByteArray cookie = client.cookie();
        const auto out = client.signOut();
        QCOMPARE(out.status(), 200);
        QVERIFY(out.header("Set-Cookie").contains("Max-Age=0"));
        QVERIFY(out.header("Set-Cookie").startsWith("kiosk_console=;"));
        QCOMPARE(auditRows("signed_out", "wu.min"), 1);
        // The old cookie, kept by someone who copied it, opens nothing.
        ApiRequest replay;
        replay.method = QStringLiteral("GET");
        replay.path = QStringLiteral("/console/api/session");
        replay.headers.insert("cookie", "theme=dark; " + cookie);
        const auto after = client.send(replay);
        QCOMPARE(after.status(), 401);
        QCOMPARE(after.error(), QStringLiteral("signed_out"));
    }

    void aDisabledUserIsRefusedAndTheirSessionsEnd()
    {
        ConsoleTestClient first(*m_router, *m_db);
        ConsoleTestClient second(*m_router, *m_db);
        QVERIFY(first.signInAs(ConsoleRole::District, "d1", {}, "zheng.hao"));
        QVERIFY(second.signIn("zheng.hao"));
        QCOMPARE(admin("user-disable", {{"login", "zheng.hao"}}), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions WHERE login = 'zheng.hao'"), 0);
        QCOMPARE(first.get("/console/api/session").error(), QStringLiteral("signed_out"));
        QCOMPARE(second.get("/console/api/stations/choices").status(), 401);
        QVERIFY(!first.signIn("zheng.hao"));
        QCOMPARE(first.lastReply().error(), QStringLiteral("wrong_sign_in"));
        // The account stays for the history, marked disabled.
        QCOMPARE(count("SELECT COUNT(*) FROM console_users WHERE login = 'zheng.hao' AND disabled_at IS NOT NULL"), 1);
        QCOMPARE(admin("user-disable", {{"login", "nobody.here"}}), 1);
    }

    void aNewPasswordSignsOutTheOldOneAndItsSessions()
    {
        ConsoleTestClient first(*m_router, *m_db);
        QVERIFY(first.signInAs(ConsoleRole::District, "d1", {}, "lin.fang"));
        QTemporaryDir dir;
        const QString file = dir.filePath("password");
        QVERIFY(writePasswordFile(file, "another long secret 7\n"));
        const QString before = m_db->scalar("SELECT password_hash FROM console_users WHERE login = 'lin.fang'").toString();
        QCOMPARE(admin("user-password", {{"login", "lin.fang"}, {"password-file", file}}), 0);
        const QString after = m_db->scalar("SELECT password_hash FROM console_users WHERE login = 'lin.fang'").toString();
        QVERIFY(after.startsWith("$argon2id$"));
        QVERIFY(after != before);
        // Whoever was signed in with the old password is out; the old password opens nothing.
        QCOMPARE(count("SELECT COUNT(*) FROM console_sessions WHERE login = 'lin.fang'"), 0);
        QCOMPARE(first.get("/console/api/session").status(), 401);
        ConsoleTestClient second(*m_router, *m_db);
        QVERIFY(!second.signIn("lin.fang"));
        QCOMPARE(second.lastReply().error(), QStringLiteral("wrong_sign_in"));
        QVERIFY(second.signIn("lin.fang", "another long secret 7"));
        // Refused: no such account, a short password, a password on the command line.
        QCOMPARE(admin("user-password", {{"login", "nobody.here"}, {"password-file", file}}), 1);
        QVERIFY(writePasswordFile(file, "short\n"));
        QCOMPARE(admin("user-password", {{"login", "lin.fang"}, {"password-file", file}}), 2);
        QCOMPARE(admin("user-password", {{"login", "lin.fang"}, {"password", "a long secret 99"}}), 2);
        QCOMPARE(m_db->scalar("SELECT password_hash FROM console_users WHERE login = 'lin.fang'").toString(), after);
    }

    void thePasswordIsStoredAsAnArgon2idHash()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("password");
        QVERIFY(writePasswordFile(file, "a long secret 42\n"));
        QCOMPARE(admin("user-create", {{"login", "he.xin"}, {"name", QStringLiteral("何欣")}, {"role", "station"},
                                       {"station", "s2"}, {"password-file", file}}),
                 0);
        const QString hash = m_db->scalar("SELECT password_hash FROM console_users WHERE login = 'he.xin'").toString();
        QVERIFY2(hash.startsWith("$argon2id$"), qPrintable(hash));
        QVERIFY(!hash.contains("secret"));
        // The station's district comes with it; the line end is not part of the password.
        QCOMPARE(m_db->scalar("SELECT district FROM console_users WHERE login = 'he.xin'").toString(), QStringLiteral("d1"));
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signIn("he.xin", "a long secret 42"));
        QCOMPARE(client.user().displayName, QStringLiteral("何欣"));
    }

    void userCreateRefusesPasswordsOnTheCommandLineAndShortOnes()
    {
        QString errors;
        QCOMPARE(admin("user-create", {{"login", "a.b"}, {"name", "A B"}, {"role", "city"}, {"password", "a long secret 42"}},
                       &errors),
                 2);
        QVERIFY(errors.contains("--password-file"));
        QTemporaryDir dir;
        QFile f(dir.filePath("short"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("short\n");
        f.close();
        QCOMPARE(admin("user-create", {{"login", "a.b"}, {"name", "A B"}, {"role", "city"}, {"password-file", f.fileName()}},
                       &errors),
                 2);
        QVERIFY(errors.contains("10"));
        QCOMPARE(admin("user-create", {{"login", "a.b"}, {"name", "A B"}, {"role", "district"}, {"password-file", f.fileName()}},
                       &errors),
                 2);
        QVERIFY(errors.contains("--district"));
        QCOMPARE(admin("user-create", {{"login", "c.d"}, {"name", "C D"}, {"role", "station"}, {"station", "s9"},
                                       {"password-file", f.fileName()}},
                       &errors),
                 1);
        QCOMPARE(count("SELECT COUNT(*) FROM console_users"), 0);
    }

    void everyConsoleAnswerCarriesTheSecurityHeaders()
    {
        ConsoleTestClient client(*m_router, *m_db);
        QCOMPARE(client.get("/console/api/session").status(), 401);
        QCOMPARE(client.lastReply().error(), QStringLiteral("signed_out"));
        QVERIFY(hasSecurityHeaders(client.lastReply().response));
        QCOMPARE(client.lastReply().header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(client.get("/console/api/no/such/route").status(), 404);
        QVERIFY(hasSecurityHeaders(client.lastReply().response));
        QVERIFY(client.signInAs(ConsoleRole::City));
        QVERIFY(hasSecurityHeaders(client.lastReply().response));
        QCOMPARE(client.get("/console/api/session").status(), 200);
        QVERIFY(hasSecurityHeaders(client.lastReply().response));
        QCOMPARE(client.lastReply().header("Cache-Control"), QByteArray("no-store"));
        // A sign-out is a POST only.
        QCOMPARE(client.get("/console/api/session/end").status(), 405);
    }

    void aFailingDatabaseAnswers503()
    {
        ConsoleTestClient client(*m_router, *m_db);
        QVERIFY(client.signInAs(ConsoleRole::City, {}, {}, "ma.lin"));
        QVERIFY(m_db->exec("DROP TABLE console_sessions"));
        const auto lost = client.get("/console/api/session");
        QCOMPARE(lost.status(), 503);
        QCOMPARE(lost.error(), QStringLiteral("storage_unavailable"));
        QVERIFY(hasSecurityHeaders(lost.response));
        QCOMPARE(m_router->handle(signInRequest("ma.lin", password)).status, 503);
    }

    void stationChoicesStayWithinTheScope()
    {
        ConsoleTestClient city(*m_router, *m_db);
        ConsoleTestClient district(*m_router, *m_db);
        ConsoleTestClient station(*m_router, *m_db);
        QVERIFY(city.signInAs(ConsoleRole::City));
        QVERIFY(district.signInAs(ConsoleRole::District, "d1"));
        QVERIFY(station.signInAs(ConsoleRole::Station, "d2", "s3"));
        const auto ids = [](const ConsoleTestClient::Reply &r) {
            QStringList out;
            for (const QJsonValue &s : r.json.value("stations").toArray())
                out.append(s.toObject().value("id").toString());
            return out;
        };
        auto r = city.get("/console/api/stations/choices");
        QCOMPARE(ids(r), (QStringList{"s1", "s2", "s3"}));
        QCOMPARE(r.json.value("districts").toArray().size(), 2);
        r = district.get("/console/api/stations/choices");
        QCOMPARE(ids(r), (QStringList{"s1", "s2"}));
        QCOMPARE(r.json.value("districts").toArray(), QJsonArray{"d1"});
        r = station.get("/console/api/stations/choices");
        QCOMPARE(ids(r), QStringList{"s3"});
        QCOMPARE(r.json.value("stations").toArray().at(0).toObject().value("name").toString(), QStringLiteral("Station three"));
    }

    void aRealServerServesThePageAndTheSessionOverHttp()
    {
        QTemporaryDir page;
        QFile index(page.filePath("index.html"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("<!doctype html><html lang=\"zh-CN\"><title>console test page</title><script type=\"module\" "
                    "src=\"app.js\"></script></html>\n");
        index.close();
        QFile app(page.filePath("app.js"));
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write("export const marker = 1;\n");
        app.close();
        m_router = nullptr;
        m_db = nullptr;
        m_world.closeDatabase(); // the server's own connection writes the sessions
        ServerProcess server(m_world.scratch().urlText());

        // The account is made by the real admin command, its password piped in.
        QProcess create;
        create.start(QStringLiteral(KIOSK_SERVER_BIN),
                     {"admin", "user-create", "--db", m_world.scratch().urlText(), "--key-file", server.keyFile(), "--login", "lin.tao",
                      "--name", QStringLiteral("林涛"), "--role", "district", "--district", "d2", "--password-stdin"});
        QVERIFY(create.waitForStarted(10000));
        create.write(password.toUtf8() + "\n");
        create.closeWriteChannel();
        QVERIFY(create.waitForFinished(60000));
        QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
        QString listed;
        QCOMPARE(server.admin({"users"}, &listed), 0);
        QVERIFY2(listed.contains("lin.tao") && listed.contains("district") && listed.contains("d2"), qPrintable(listed));

        QVERIFY2(server.start(0, {"--console-dir", page.path()}), server.log().constData());
        QNetworkAccessManager net;
        const auto fetch = [&](const QString &path, const QByteArray &postBody = {}, const QByteArray &cookie = {}) {
            QNetworkRequest request(QUrl(server.baseUrl() + path));
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            if (!cookie.isEmpty())
                request.setRawHeader("Cookie", cookie);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            QNetworkReply *reply = postBody.isEmpty() ? net.get(request) : net.post(request, postBody);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(20000);
            reply->deleteLater();
            return reply;
        };

        QNetworkReply *folder = fetch("/console");
        QCOMPARE(folder->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 301);
        QCOMPARE(folder->rawHeader("Location"), QByteArray("/console/"));

        QNetworkReply *home = fetch("/console/");
        QCOMPARE(home->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(home->readAll().contains("console test page"));
        QVERIFY(home->rawHeader("Content-Type").startsWith("text/html"));
        QVERIFY(home->rawHeader("Content-Security-Policy").contains("script-src 'self'"));
        QCOMPARE(home->rawHeader("X-Frame-Options"), QByteArray("DENY"));
        const QByteArray etag = home->rawHeader("ETag");
        QVERIFY(!etag.isEmpty());

        // The same file again: 304 without a body while it is unchanged.
        QNetworkRequest again(QUrl(server.baseUrl() + "/console/index.html"));
        again.setRawHeader("If-None-Match", etag);
        QNetworkReply *unchanged = net.get(again);
        QSignalSpy unchangedDone(unchanged, &QNetworkReply::finished);
        QVERIFY(unchangedDone.wait(20000));
        QCOMPARE(unchanged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
        QVERIFY(unchanged->readAll().isEmpty());
        unchanged->deleteLater();

        QNetworkReply *script = fetch("/console/app.js");
        QCOMPARE(script->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(script->rawHeader("Content-Type").startsWith("text/javascript"));
        QVERIFY(script->readAll().contains("marker"));
        QCOMPARE(fetch("/console/missing.js")->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);

        // The HTTP layer's own refusals under /console carry the console's headers too: a page
        // request whose headers are too large, a POST to the page.
        QNetworkRequest huge(QUrl(server.baseUrl() + "/console/"));
        huge.setRawHeader("X-Filler-One", QByteArray(9000, 'a'));
        huge.setRawHeader("X-Filler-Two", QByteArray(9000, 'b'));
        QNetworkReply *tooLarge = net.get(huge);
        QSignalSpy tooLargeDone(tooLarge, &QNetworkReply::finished);
        QVERIFY(tooLargeDone.wait(20000));
        QCOMPARE(tooLarge->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 431);
        QVERIFY(tooLarge->rawHeader("Content-Security-Policy").contains("frame-ancestors 'none'"));
        QCOMPARE(tooLarge->rawHeader("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(tooLarge->rawHeader("X-Content-Type-Options"), QByteArray("nosniff"));
        tooLarge->deleteLater();
        QNetworkReply *postPage = fetch("/console/index.html", "{}");
        const int postStatus = postPage->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(postStatus == 404 || postStatus == 405, qPrintable(QString::number(postStatus)));
        QVERIFY(postPage->rawHeader("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(postPage->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
        // The stations' API keeps its own answers.
        QVERIFY(fetch("/v1/nothing-here", "{}")->rawHeader("Content-Security-Policy").isEmpty());

        // A proxy that sends the browser's address but not the secret: one warning, no address.
        const auto proxied = [&] {
            QNetworkRequest r(QUrl(server.baseUrl() + "/console/api/session"));
            r.setRawHeader("X-Real-IP", "192.0.2.55");
            QNetworkReply *reply = net.get(r);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(20000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
            reply->deleteLater();
        };
        QVERIFY(!server.log().contains("without its secret"));
        proxied();
        proxied();
        QTRY_VERIFY(server.log().contains("without its secret"));
        QCOMPARE(server.log().count("without its secret"), 1);
        QVERIFY(!server.log().contains("192.0.2.55"));

        QNetworkReply *none = fetch("/console/api/session");
        QCOMPARE(none->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(none->rawHeader("Content-Type").startsWith("application/json"));
        QVERIFY(none->rawHeader("Content-Security-Policy").contains("default-src 'self'"));

        QNetworkReply *signIn = fetch("/console/api/session", QJsonDocument(QJsonObject{{"login", "lin.tao"}, {"password", password}}).toJson());
        QCOMPARE(signIn->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray setCookie = signIn->rawHeader("Set-Cookie");
        QVERIFY(setCookie.contains("HttpOnly"));
        const QByteArray cookie = setCookie.left(setCookie.indexOf(';'));
        QNetworkReply *who = fetch("/console/api/session", {}, cookie);
        QCOMPARE(who->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(who->readAll()).object().value("user").toObject().value("login").toString(),
                 QStringLiteral("lin.tao"));
        QCOMPARE(who->rawHeader("Cache-Control"), QByteArray("no-store"));
        server.kill();

        // A server whose page was not built still serves the API; the page says why it is missing.
        // It runs behind nginx (--trust-proxy-header): a console request from loopback with the
        // proxy's secret is fine, one without it is nginx not sending it, warned about once.
        QFile secretFile(page.filePath("proxy-secret"));
        QVERIFY(secretFile.open(QIODevice::WriteOnly));
        secretFile.write("a-proxy-secret-of-32-characters!\n");
        secretFile.close();
        ServerProcess bare(m_world.scratch().urlText());
        QVERIFY2(bare.start(0, {"--console-dir", page.filePath("not-built"), "--trust-proxy-header", "--proxy-secret-file",
                                secretFile.fileName()}),
                 bare.log().constData());
        QNetworkRequest withSecret(QUrl(bare.baseUrl() + "/console/"));
        withSecret.setRawHeader("X-Kiosk-Proxy-Secret", "a-proxy-secret-of-32-characters!");
        QNetworkReply *viaNginx = net.get(withSecret);
        QSignalSpy viaNginxDone(viaNginx, &QNetworkReply::finished);
        QVERIFY(viaNginxDone.wait(20000));
        QCOMPARE(viaNginx->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        viaNginx->deleteLater();
        QVERIFY(!bare.log().contains("without its secret"));
        QNetworkRequest health(QUrl(bare.baseUrl() + "/v1/health"));
        QNetworkReply *alive = net.get(health);
        QSignalSpy aliveDone(alive, &QNetworkReply::finished);
        QVERIFY(aliveDone.wait(20000));
        QCOMPARE(alive->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        alive->deleteLater();
        QNetworkRequest missingPage(QUrl(bare.baseUrl() + "/console/"));
        QNetworkReply *missing = net.get(missingPage);
        QSignalSpy missingDone(missing, &QNetworkReply::finished);
        QVERIFY(missingDone.wait(20000));
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        QVERIFY(missing->rawHeader("Content-Type").startsWith("text/plain"));
        QVERIFY(missing->readAll().contains("not built"));
        missing->deleteLater();
        QTRY_VERIFY(bare.log().contains("without its secret"));
        QCOMPARE(bare.log().count("without its secret"), 1);
        bare.kill();
    }
};

KIOSK_STORAGE_TEST_MAIN(ConsoleSessionTest)
#include "tst_console_session.moc"
