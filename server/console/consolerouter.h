// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apirequest.h"
#include "server/apiresponse.h"
#include "server/console/consoleaudit.h"
#include "server/console/consoleroute.h"
#include "server/console/consolesettings.h"
#include "server/console/sessionstore.h"
#include "server/console/signinthrottle.h"
#include "server/console/userdirectory.h"

#include <QList>
#include <memory>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief The console's JSON API under /console/api/: the session from the cookie, its idle and
/// absolute expiry, CSRF and Origin checks on POST, the JSON body, then the area's handler.
///
/// One per worker (ApiRouter owns it); the sign-in throttle is shared by all of them. Every
/// answer carries the console's security headers (CSP, nosniff, no referrer, no framing, no
/// caching).
class ConsoleRouter
{
public:
    ConsoleRouter(Database &db, ConsoleSettings settings, std::shared_ptr<SignInThrottle> throttle = {});

    /// Every console route: the session's and every area's present in the build.
    [[nodiscard]] static QList<ConsoleRoute> routes();
    /// The route this method and path match, and its {id} segment.
    [[nodiscard]] static std::optional<ConsoleRoute> match(const QString &method, const QString &path, QString *pathArg);
    /// Whether `path` belongs to the console's API (/console/api/...).
    [[nodiscard]] static bool isConsoleApiPath(const QString &path);

    /// Never throws: a throw in a handler answers 500, a failed storage 503.
    [[nodiscard]] ApiResponse handleRoute(const ApiRequest &request, const ConsoleRoute &route, const QString &pathArg);
    /// Finds the route itself (in-process callers, tests); 404/405 when none matches.
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);
    /// 405 with Allow when the path exists for another method, else 404; with the headers.
    [[nodiscard]] static ApiResponse notMatched(const QString &path);

    [[nodiscard]] const ConsoleSettings &settings() const { return m_settings; }

    /// The headers every /console answer carries (the page's and the API's).
    static void addSecurityHeaders(ApiResponse &response);
    /// 503 storage_unavailable, for handlers whose query failed.
    [[nodiscard]] static ApiResponse storageUnavailable();
    /// The Content-Security-Policy of the console.
    [[nodiscard]] static QByteArray contentSecurityPolicy();

private:
    ApiResponse dispatch(const ApiRequest &request, const ConsoleRoute &route, const QString &pathArg);
    ApiResponse signIn(const ApiRequest &request);
    ApiResponse sessionAnswer(const ConsoleUser &user, const QString &csrfToken) const;
    ApiResponse signOut(const ConsoleUser &user, const QString &token);
    [[nodiscard]] QByteArray cookie(const QString &token, bool expire) const;
    /// Whether a POST's Origin, when present, is this server (http or https with its Host).
    [[nodiscard]] static bool originAllowed(const ApiRequest &request);
    [[nodiscard]] static QString cookieToken(const ApiRequest &request);

    Database &m_db;
    ConsoleSettings m_settings;
    std::shared_ptr<SignInThrottle> m_throttle;
    SessionStore m_sessions;
    UserDirectory m_users;
    ConsoleAudit m_audit;
};

} // namespace server::console
