// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestworld.h"

#include "testdatabase.h"

#include "server/apirequest.h"
#include "server/apirouter.h"
#include "server/database.h"
#include "server/serverconfig.h"
#include "server/stationregistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

using namespace server;

ConsoleTestWorld::ConsoleTestWorld() = default;
ConsoleTestWorld::~ConsoleTestWorld() = default;

bool ConsoleTestWorld::open()
{
    ServerConfig config;
    config.rateLimitPerSecond = 0;
    return open(config);
}

bool ConsoleTestWorld::open(const ServerConfig &config)
{
    close();
    m_scratch = std::make_unique<TestDatabase>();
    if (!m_scratch->isValid()) {
        m_error = m_scratch->error();
        return false;
    }
    m_db = Database::open(m_scratch->url(), &m_error);
    if (!m_db || !m_db->migrate(&m_error))
        return false;
    m_router = std::make_unique<ApiRouter>(*m_db, config);
    return true;
}

void ConsoleTestWorld::close()
{
    closeDatabase();
    m_scratch.reset();
    m_tokens.clear();
    m_cursors.clear();
    m_error.clear();
}

void ConsoleTestWorld::closeDatabase()
{
    m_router.reset();
    m_db.reset();
}

bool ConsoleTestWorld::createStation(const QString &id, const QString &name, const QString &district)
{
    return StationRegistry(*m_db).create(id, name, district, &m_error);
}

bool ConsoleTestWorld::addStation(const QString &id, const QString &name, const QString &district)
{
    if (!createStation(id, name, district))
        return false;
    StationRegistry registry(*m_db);
    const QString token = enroll(registry.issueEnrollmentCode(id, {}, 1).value_or(QString()));
    if (token.isEmpty()) {
        m_error = QStringLiteral("station %1 was not enrolled").arg(id);
        return false;
    }
    m_tokens.insert(id, token);
    return true;
}

QString ConsoleTestWorld::enroll(const QString &code)
{
    const ApiResponse r = kiosk(QStringLiteral("POST"), QStringLiteral("/v1/stations/enroll"),
                                {{QStringLiteral("enrollmentCode"), code}}, {});
    return r.status == 200 ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString()
                           : QString();
}

ApiResponse ConsoleTestWorld::send(const QString &method, const QString &path, const QByteArray &body,
                                   const QString &bearerToken)
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
    if (!bearerToken.isEmpty())
        r.headers.insert("authorization", "Bearer " + bearerToken.toLatin1());
    return m_router->handle(r);
}

ApiResponse ConsoleTestWorld::kiosk(const QString &method, const QString &path, const QJsonObject &body,
                                    const QString &station)
{
    return send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                station.isEmpty() ? QString() : m_tokens.value(station));
}

QJsonObject ConsoleTestWorld::push(const QString &station, const QString &kind, const QJsonObject &payload,
                                   const QString &id, const QString &createdAt)
{
    const QString at = createdAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : createdAt;
    const QJsonObject item{{QStringLiteral("id"), id},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("createdAt"), at},
                           {QStringLiteral("payload"), payload}};
    const ApiResponse r =
        kiosk(QStringLiteral("POST"), QStringLiteral("/v1/sync/push"), {{QStringLiteral("items"), QJsonArray{item}}}, station);
    if (r.status != 200)
        return {{QStringLiteral("result"), QStringLiteral("http %1").arg(r.status)}};
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray().first().toObject();
}

QList<QJsonObject> ConsoleTestWorld::newChanges(const QString &station)
{
    const ApiResponse r = kiosk(QStringLiteral("GET"),
                                QStringLiteral("/v1/sync/changes?since=%1").arg(m_cursors.value(station)), {}, station);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QList<QJsonObject> out;
    for (const QJsonValue &v : body.value(QStringLiteral("changes")).toArray())
        out.append(v.toObject());
    m_cursors.insert(station, body.value(QStringLiteral("cursor")).toString().toLongLong());
    return out;
}

int ConsoleTestWorld::count(const QString &sql, const QVariantList &values)
{
    return m_db->scalar(sql, values).toInt();
}

QString ConsoleTestWorld::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
