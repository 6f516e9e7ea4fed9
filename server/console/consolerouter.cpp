// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consolerouter.h"

#include "core/wire/jsonbody.h"
#include "server/console/consolescope.h"
#include "server/console/consolestoragefailure.h"
#include "server/console/passwordhash.h"
#include "server/database.h"

#include <sodium.h>

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsole, "kiosk.server.console")

namespace server::console {

namespace {

const QByteArray cookieName = QByteArrayLiteral("kiosk_console");

void addHeader(ApiResponse &response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append(QPair<QByteArray, QByteArray>(name, value));
}

/// Matches "/console/api/queue/{id}/assign" against a path; `arg` gets the {id} segment.
bool matches(const QString &pattern, const QString &path, QString *arg)
{
    const qsizetype brace = pattern.indexOf(u'{');
    if (brace < 0)
        return pattern == path;
    const QStringView suffix = QStringView(pattern).mid(pattern.indexOf(u'}', brace) + 1);
    if (path.size() <= brace + suffix.size() || !path.startsWith(QStringView(pattern).left(brace)) || !path.endsWith(suffix))
        return false;
    const QString rest = path.mid(brace, path.size() - brace - suffix.size());
    if (rest.isEmpty() || rest.contains(u'/'))
        return false;
    *arg = rest;
    return true;
}

/// Constant-time comparison of two tokens (an attacker learns nothing from the time taken).
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

ApiResponse signedOut()
{
    return ApiResponse::error(401, QStringLiteral("signed_out"), QStringLiteral("sign in first"));
}

/// How long a sign-in waits for a turn to hash before it is answered 503 busy.
constexpr std::chrono::milliseconds hashTurnWait{5000};

ApiResponse busy()
{
    ApiResponse r = ApiResponse::error(503, QStringLiteral("busy"), QStringLiteral("the server is busy; try again in a moment"));
    r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "1"));
    return r;
}

ApiResponse csrfRefused(const QString &message)
{
    return ApiResponse::error(403, QStringLiteral("csrf"), message);
}

QJsonObject userJson(const ConsoleUser &user)
{
    return {{QStringLiteral("login"), user.login},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("district"), user.district},
            {QStringLiteral("stationId"), user.stationId}};
}

} // namespace

ConsoleRouter::ConsoleRouter(Database &db, ConsoleSettings settings, std::shared_ptr<SignInThrottle> throttle)
    : m_db(db), m_settings(std::move(settings)),
      m_throttle(throttle ? std::move(throttle) : std::make_shared<SignInThrottle>()), m_sessions(db, m_settings),
      m_users(db), m_audit(db)
{
}

bool ConsoleRouter::isConsoleApiPath(const QString &path)
{
    return path == u"/console/api" || path.startsWith(u"/console/api/");
}

std::optional<ConsoleRoute> ConsoleRouter::match(const QString &method, const QString &path, QString *pathArg)
{
    static const QList<ConsoleRoute> all = routes();
    for (const ConsoleRoute &r : all) {
        QString arg;
        if (r.method == method && matches(r.pattern, path, &arg)) {
            if (pathArg)
                *pathArg = arg;
            return r;
        }
    }
    return std::nullopt;
}

ApiResponse ConsoleRouter::notMatched(const QString &path)
{
    QStringList allowed;
    for (const ConsoleRoute &r : routes()) {
        QString ignored;
        if (matches(r.pattern, path, &ignored) && !allowed.contains(r.method))
            allowed.append(r.method);
    }
    ApiResponse r;
    if (allowed.isEmpty()) {
        r = ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
    } else {
        r = ApiResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use %1").arg(allowed.join(u", ")));
        addHeader(r, "Allow", allowed.join(u", ").toLatin1());
    }
    addSecurityHeaders(r);
    return r;
}

ApiResponse ConsoleRouter::handle(const ApiRequest &request)
{
    QString arg;
    const auto route = match(request.method, request.path, &arg);
    if (!route)
        return notMatched(request.path);
    return handleRoute(request, *route, arg);
}

QByteArray ConsoleRouter::contentSecurityPolicy()
{
    return QByteArrayLiteral("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                             "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                             "form-action 'self'; frame-ancestors 'none'");
}

void ConsoleRouter::addSecurityHeaders(ApiResponse &response)
{
    const auto has = [&](const QByteArray &name) {
        for (const auto &h : response.headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!has("Content-Security-Policy"))
        addHeader(response, "Content-Security-Policy", contentSecurityPolicy());
    if (!has("X-Content-Type-Options"))
        addHeader(response, "X-Content-Type-Options", "nosniff");
    if (!has("Referrer-Policy"))
        addHeader(response, "Referrer-Policy", "no-referrer");
    if (!has("X-Frame-Options"))
        addHeader(response, "X-Frame-Options", "DENY");
    // The API's answers hold personal data: no cache keeps them. The page's assets set their own.
    if (!has("Cache-Control"))
        addHeader(response, "Cache-Control", "no-store");
}

ApiResponse ConsoleRouter::storageUnavailable()
{
    return ApiResponse::error(503, QStringLiteral("storage_unavailable"),
                              QStringLiteral("the server cannot reach its database; try again later"));
}

ApiResponse ConsoleRouter::handleRoute(const ApiRequest &request, const ConsoleRoute &route, const QString &pathArg)
{
    ApiResponse response;
    try {
        response = dispatch(request, route, pathArg);
    } catch (const ConsoleStorageFailure &) {
        response = storageUnavailable();
    } catch (const std::exception &e) {
        // The route only, never the request: its query or body may hold personal data.
        qCWarning(lcConsole) << "console handler failed on" << route.method << route.pattern << e.what();
        response = ApiResponse::error(500, QStringLiteral("internal_error"),
                                      QStringLiteral("the server failed on this request; try again later"));
    } catch (...) {
        qCWarning(lcConsole) << "console handler failed on" << route.method << route.pattern;
        response = ApiResponse::error(500, QStringLiteral("internal_error"),
                                      QStringLiteral("the server failed on this request; try again later"));
    }
    addSecurityHeaders(response);
    return response;
}

bool ConsoleRouter::originAllowed(const ApiRequest &request)
{
    const auto origin = request.headers.constFind(QByteArrayLiteral("origin"));
    if (origin == request.headers.constEnd())
        return true;
    const QByteArray host = request.header("host");
    if (host.isEmpty())
        return false;
    return *origin == "http://" + host || *origin == "https://" + host;
}

QString ConsoleRouter::cookieToken(const ApiRequest &request)
{
    // "a=1; kiosk_console=TOKEN; b=2" (several Cookie headers were joined by the HTTP layer or not: take any).
    for (const QByteArray &part : request.header("cookie").split(';')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith(cookieName + '='))
            return QString::fromLatin1(pair.mid(cookieName.size() + 1));
    }
    return {};
}

QByteArray ConsoleRouter::cookie(const QString &token, bool expire) const
{
    QByteArray c = cookieName + '=' + token.toLatin1() + "; Path=/console/; HttpOnly; SameSite=Strict";
    if (m_settings.secureCookie)
        c += "; Secure";
    if (expire)
        c += "; Max-Age=0";
    return c;
}

ApiResponse ConsoleRouter::dispatch(const ApiRequest &request, const ConsoleRoute &route, const QString &pathArg)
{
    const bool post = route.method == u"POST";
    // A page of another site cannot send a cookie here (SameSite=Strict) and cannot read the
    // CSRF token; refusing a foreign Origin outright also covers the sign-in (login CSRF).
    if (post && !originAllowed(request))
        return csrfRefused(QStringLiteral("this request came from another site"));
    if (route.publicRoute)
        return signIn(request);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString token = cookieToken(request);
    // The page's timer (the queue's refresh each minute) says so: it must not keep a session
    // alive that nobody uses. It is only the page's word, and all it can do is give up a refresh.
    const auto use = request.header("x-console-background").trimmed() == "1" ? SessionStore::Use::Background
                                                                              : SessionStore::Use::ByPerson;
    const SessionStore::Lookup lookup = m_sessions.find(token, now, use);
    switch (lookup.outcome) {
    case SessionStore::Outcome::Found:
        break;
    case SessionStore::Outcome::Missing:
        return signedOut();
    case SessionStore::Outcome::Expired:
        return ApiResponse::error(401, QStringLiteral("session_expired"), QStringLiteral("the session has expired; sign in again"));
    case SessionStore::Outcome::StorageFailed:
        return storageUnavailable();
    }
    const auto account = m_users.find(lookup.session.login);
    if (!account)
        return storageUnavailable();
    if (!account->has_value() || (*account)->isDisabled()) {
        // Disabling ends sessions; one left over (a row written by hand) ends here.
        m_sessions.end(token);
        return signedOut();
    }
    const ConsoleUser &user = (*account)->user;

    if (post && !sameToken(request.header("x-csrf-token"), lookup.session.csrfToken.toLatin1()))
        return csrfRefused(QStringLiteral("send the X-CSRF-Token the session answer gave"));

    if (route.pattern == u"/console/api/session")
        return sessionAnswer(user, lookup.session.csrfToken);
    if (route.pattern == u"/console/api/session/end")
        return signOut(user, token);

    QJsonObject body;
    if (post && !request.body.trimmed().isEmpty()) {
        core::wire::FieldProblem problem;
        const auto object = core::wire::JsonBody::object(request.body, &problem);
        if (!object)
            return ApiResponse::error(400, QStringLiteral("invalid_request"), problem.message);
        body = *object;
    }
    const ConsoleScope scope(user);
    const ConsoleCall call{request, user, scope, pathArg, body, m_db, m_audit, m_settings};
    return route.handler(call);
}

ApiResponse ConsoleRouter::sessionAnswer(const ConsoleUser &user, const QString &csrfToken) const
{
    return ApiResponse::json(200, {{QStringLiteral("user"), userJson(user)},
                                   {QStringLiteral("csrfToken"), csrfToken},
                                   {QStringLiteral("idleSeconds"), m_settings.idleLimitSeconds()}});
}

ApiResponse ConsoleRouter::signIn(const ApiRequest &request)
{
    core::wire::FieldProblem problem;
    const auto body = core::wire::JsonBody::object(request.body, &problem);
    if (!body)
        return ApiResponse::error(400, QStringLiteral("invalid_request"), problem.message);
    const QJsonValue loginValue = body->value(QStringLiteral("login"));
    const QJsonValue passwordValue = body->value(QStringLiteral("password"));
    if (!loginValue.isString() || loginValue.toString().trimmed().isEmpty())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("give the login"), QStringLiteral("login"));
    if (!passwordValue.isString() || passwordValue.toString().isEmpty())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("give the password"),
                                  QStringLiteral("password"));
    const QString login = loginValue.toString().trimmed().toLower();
    const QString password = passwordValue.toString();
    // Behind nginx every browser has nginx's address: the client's is believed from X-Real-IP
    // only on a request that carried the proxy's shared secret.
    const QByteArray realIp = request.fromTrustedProxy ? request.header("x-real-ip").trimmed() : QByteArray();
    const QString address = realIp.isEmpty() ? request.remoteAddress : QString::fromLatin1(realIp.left(64));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // Checked and counted in one step: attempts at once cannot together pass the limit. The
    // attempt counts as a failure until the password proves right.
    const SignInThrottle::Attempt attempt = m_throttle->reserve(login, address, now);
    if (!attempt.allowed()) {
        QJsonObject o{{QStringLiteral("error"), QStringLiteral("too_many_attempts")},
                      {QStringLiteral("message"), QStringLiteral("too many failed sign-ins; try again later")},
                      {QStringLiteral("retryAfterSeconds"), attempt.retryAfterSeconds}};
        ApiResponse r = ApiResponse::json(429, o);
        addHeader(r, "Retry-After", QByteArray::number(attempt.retryAfterSeconds));
        return r;
    }
    const auto undecided = [&](ApiResponse r) {
        m_throttle->release(login, address, attempt);
        return r;
    };

    const auto account = UserDirectory::isValidLogin(login) ? m_users.find(login) : std::optional(std::optional<UserDirectory::Account>());
    if (!account)
        return undecided(storageUnavailable());
    QString refusal;
    {
        // Two hashes at a time at most (64 MiB each, on the workers the kiosks' pushes need);
        // the others wait their turn a while, then the page is told to try again.
        const PasswordHash::Turn turn(hashTurnWait);
        if (!turn.acquired())
            return undecided(busy());
        if (!account->has_value()) {
            PasswordHash::spendOneVerify(password);
            refusal = QStringLiteral("unknown login");
        } else if ((*account)->isDisabled()) {
            PasswordHash::spendOneVerify(password);
            refusal = QStringLiteral("account disabled");
        } else if (!PasswordHash::verify((*account)->passwordHash, password)) {
            refusal = QStringLiteral("wrong password");
        }
    }
    if (!refusal.isEmpty()) {
        // The audit names an account only: what was typed for no account may be anything,
        // a password typed into the login field too.
        const ConsoleUser attempted{account->has_value() ? (*account)->user.login : QStringLiteral("(unknown login)"), {},
                                    ConsoleRole::Station, {}, {}};
        if (!m_audit.record(attempted, QStringLiteral("sign_in_refused"), QStringLiteral("session"), {}, {}, refusal))
            return storageUnavailable();
        qCInfo(lcConsole) << "console sign-in refused:" << refusal;
        // One answer for all three: the page cannot tell which logins exist.
        return ApiResponse::error(401, QStringLiteral("wrong_sign_in"), QStringLiteral("the login or the password is not right"));
    }

    const ConsoleUser &user = (*account)->user;
    m_throttle->succeeded(login, address, attempt);
    // The session's clock starts now, not before the hash (which may have waited for its turn).
    const auto opened = m_sessions.open(user.login, QDateTime::currentMSecsSinceEpoch());
    if (!opened)
        return storageUnavailable();
    if (!m_audit.record(user, QStringLiteral("signed_in"), QStringLiteral("session"), {}, user.stationId))
        return storageUnavailable();
    qCInfo(lcConsole) << "console sign-in:" << user.login;
    ApiResponse r = sessionAnswer(user, opened->csrfToken);
    addHeader(r, "Set-Cookie", cookie(opened->token, false));
    return r;
}

ApiResponse ConsoleRouter::signOut(const ConsoleUser &user, const QString &token)
{
    if (!m_sessions.end(token))
        return storageUnavailable();
    m_audit.record(user, QStringLiteral("signed_out"), QStringLiteral("session"), {}, user.stationId);
    ApiResponse r = ApiResponse::json(200, {});
    addHeader(r, "Set-Cookie", cookie(QString(), true));
    return r;
}

} // namespace server::console
