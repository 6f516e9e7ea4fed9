// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apirequest.h"
#include "server/apiresponse.h"
#include "server/console/consoleuser.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace server {
class ApiRouter;
class Database;
} // namespace server

/// @brief A browser of the console, in-process: makes a user of a role, signs in through
/// ApiRouter::handle() (the same way the HTTP layer's requests go), keeps the session cookie
/// and the CSRF token, and sends them with every call.
///
///     ConsoleTestClient city(*m_router, *m_db);
///     QVERIFY(city.signInAs(ConsoleRole::City));
///     const auto reply = city.get("/console/api/queue", {{"kind", "help"}});
///     QCOMPARE(reply.status(), 200);
///     reply.json["items"] ...
class ConsoleTestClient
{
public:
    struct Reply
    {
        server::ApiResponse response;
        QJsonObject json; ///< the body parsed, empty when it is not a JSON object (CSV, PDF)

        [[nodiscard]] int status() const { return response.status; }
        /// The answer's `error` code ("forbidden", "csrf", ...), empty on success.
        [[nodiscard]] QString error() const { return json.value(QStringLiteral("error")).toString(); }
        /// The first header of that name (any case), empty when absent.
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    /// The password every user made by createUser()/signInAs() gets.
    static QString defaultPassword() { return QStringLiteral("correct horse battery"); }

    ConsoleTestClient(server::ApiRouter &router, server::Database &db);

    /// Adds an account (the way `kiosk-server admin user-create` does); false when it could not.
    static bool createUser(server::Database &db, const server::console::ConsoleUser &user,
                           const QString &password = defaultPassword());
    /// Makes a user of this role (login "<role><n>" unless given) and signs in as them.
    bool signInAs(server::console::ConsoleRole role, const QString &district = {}, const QString &stationId = {},
                  const QString &login = {}, const QString &displayName = {});
    /// Signs in as an existing user; false when refused (lastReply() says why).
    bool signIn(const QString &login, const QString &password = defaultPassword());
    /// Ends the session (POST /console/api/session/end) and forgets the cookie.
    Reply signOut();

    Reply get(const QString &path, const QUrlQuery &query = {});
    /// With the session's X-CSRF-Token.
    Reply post(const QString &path, const QJsonObject &body = {});
    /// Any request, with this client's cookie added (headers given in `request` stay).
    Reply send(server::ApiRequest request);

    [[nodiscard]] const server::console::ConsoleUser &user() const { return m_user; }
    [[nodiscard]] QString csrfToken() const { return m_csrfToken; }
    [[nodiscard]] QByteArray cookie() const { return m_cookie; }
    [[nodiscard]] const Reply &lastReply() const { return m_last; }
    /// Drops the cookie and CSRF token, as a browser that was closed.
    void forget();

private:
    server::ApiRouter &m_router;
    server::Database &m_db;
    server::console::ConsoleUser m_user;
    QByteArray m_cookie; ///< "kiosk_console=<token>"
    QString m_csrfToken;
    Reply m_last;
};
