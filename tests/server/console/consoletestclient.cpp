// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestclient.h"

#include "contractsample.h"
#include "server/apirouter.h"
#include "server/console/passwordhash.h"
#include "server/console/userdirectory.h"
#include "server/database.h"

#include <QJsonDocument>

using namespace server;
using namespace server::console;

QByteArray ConsoleTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : response.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

/// Every JSON answer of the console API, kept (when KIOSK_CONTRACT_SAMPLES is set) for the
/// independent check against server/console/openapi.yaml (tests/contract, contract_console_validate).
/// CSV and PDF answers are not JSON and the page's own files are not the API: both are left out.
void recordContractSample(const ApiRequest &request, const ConsoleTestClient::Reply &reply)
{
    if (!request.path.startsWith(QLatin1String("/console/api/")))
        return;
    const QByteArray type = reply.header("Content-Type");
    if (!type.isEmpty() && !type.startsWith("application/json"))
        return;
    contract::recordResponseSample(request.method, request.path, reply.status(), reply.response.body,
                                   QStringLiteral("console"));
}

} // namespace

ConsoleTestClient::ConsoleTestClient(ApiRouter &router, Database &db) : m_router(router), m_db(db) {}

bool ConsoleTestClient::createUser(Database &db, const ConsoleUser &user, const QString &password)
{
    const auto hash = PasswordHash::hash(password);
    return hash && UserDirectory(db).create(user, *hash) == UserDirectory::Outcome::Done;
}

bool ConsoleTestClient::signInAs(ConsoleRole role, const QString &district, const QString &stationId, const QString &login,
                                 const QString &displayName)
{
    static int counter = 0;
    ConsoleUser user;
    user.login = login.isEmpty() ? roleName(role) + QString::number(++counter) : login;
    user.displayName = displayName.isEmpty() ? QStringLiteral("Test ") + user.login : displayName;
    user.role = role;
    user.district = district;
    user.stationId = stationId;
    if (!createUser(m_db, user))
        return false;
    return signIn(user.login);
}

bool ConsoleTestClient::signIn(const QString &login, const QString &password)
{
    forget();
    const Reply r = post(QStringLiteral("/console/api/session"),
                         {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (r.status() != 200)
        return false;
    const QByteArray setCookie = r.header("Set-Cookie");
    m_cookie = setCookie.left(setCookie.indexOf(';'));
    m_csrfToken = r.json.value(QStringLiteral("csrfToken")).toString();
    const QJsonObject u = r.json.value(QStringLiteral("user")).toObject();
    m_user.login = u.value(QStringLiteral("login")).toString();
    m_user.displayName = u.value(QStringLiteral("displayName")).toString();
    m_user.role = roleFromName(u.value(QStringLiteral("role")).toString()).value_or(ConsoleRole::Station);
    m_user.district = u.value(QStringLiteral("district")).toString();
    m_user.stationId = u.value(QStringLiteral("stationId")).toString();
    return !m_cookie.isEmpty() && !m_csrfToken.isEmpty();
}

ConsoleTestClient::Reply ConsoleTestClient::signOut()
{
    const Reply r = post(QStringLiteral("/console/api/session/end"));
    forget();
    return r;
}

void ConsoleTestClient::forget()
{
    m_cookie.clear();
    m_csrfToken.clear();
    m_user = {};
}

ConsoleTestClient::Reply ConsoleTestClient::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.method = QStringLiteral("GET");
    r.path = path;
    r.query = query;
    return send(r);
}

ConsoleTestClient::Reply ConsoleTestClient::post(const QString &path, const QJsonObject &body)
{
    ApiRequest r;
    r.method = QStringLiteral("POST");
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.insert("content-type", "application/json");
    if (!m_csrfToken.isEmpty())
        r.headers.insert("x-csrf-token", m_csrfToken.toLatin1());
    return send(r);
}

ConsoleTestClient::Reply ConsoleTestClient::send(ApiRequest request)
{
    if (request.remoteAddress.isEmpty())
        request.remoteAddress = QStringLiteral("127.0.0.1");
    if (!request.headers.contains("host"))
        request.headers.insert("host", "127.0.0.1:8765");
    if (!m_cookie.isEmpty() && !request.headers.contains("cookie"))
        request.headers.insert("cookie", m_cookie);
    Reply reply;
    reply.response = m_router.handle(request);
    recordContractSample(request, reply);
    const QJsonDocument doc = QJsonDocument::fromJson(reply.response.body);
    if (doc.isObject())
        reply.json = doc.object();
    m_last = reply;
    return reply;
}
