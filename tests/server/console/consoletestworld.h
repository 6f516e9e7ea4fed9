// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apiresponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class TestDatabase;
namespace server {
class ApiRouter;
class Database;
struct ServerConfig;
} // namespace server

/// @brief The server side every console test starts from: a fresh migrated database (SQLite or
/// PostgreSQL, as TestDatabase chooses), an ApiRouter over it without a rate limit, and enrolled
/// stations in districts whose kiosks push and read their change feed through the router, the
/// way the HTTP layer's requests go.
///
///     ConsoleTestWorld world;
///     QVERIFY2(world.open(), qPrintable(world.error()));
///     QVERIFY(world.addStation("s1", "s1 站", "Heping"));
///     world.push("s1", "help_call", {{"reason", "help_at_kiosk"}});
///     for (const QJsonObject &change : world.newChanges("s1")) ...
class ConsoleTestWorld
{
public:
    ConsoleTestWorld();
    ~ConsoleTestWorld();
    ConsoleTestWorld(const ConsoleTestWorld &) = delete;
    ConsoleTestWorld &operator=(const ConsoleTestWorld &) = delete;

    /// A new scratch database, migrated, and a router over it without a rate limit (the tests
    /// send many requests at once from one address); false (error() says why) when not.
    bool open();
    /// The same with the router configured as given.
    bool open(const server::ServerConfig &config);
    /// Drops the router, the database and the scratch database, and forgets tokens and cursors.
    void close();
    /// Drops the router and this process's connection but keeps the scratch database, for a
    /// test that lets a real kiosk-server process use it.
    void closeDatabase();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] server::Database &db() { return *m_db; }
    [[nodiscard]] server::ApiRouter &router() { return *m_router; }
    [[nodiscard]] TestDatabase &scratch() { return *m_scratch; }

    /// Creates the station in the district, not enrolled; false (error() says why) when refused.
    bool createStation(const QString &id, const QString &name, const QString &district);
    /// Creates the station and enrolls its kiosk with a one-time code; false (error() says why)
    /// when either is refused.
    bool addStation(const QString &id, const QString &name, const QString &district);
    /// The kiosk's answer to an enrollment code: its bearer token, empty when refused.
    QString enroll(const QString &code);
    [[nodiscard]] QString token(const QString &station) const { return m_tokens.value(station); }

    /// A kiosk's request with the bearer token given (none when empty); a `?query` in the path
    /// becomes the request's query.
    server::ApiResponse send(const QString &method, const QString &path, const QByteArray &body,
                             const QString &bearerToken);
    /// The same as the station's enrolled kiosk (no token when `station` is empty); an empty
    /// object sends no body.
    server::ApiResponse kiosk(const QString &method, const QString &path, const QJsonObject &body,
                              const QString &station);
    /// Pushes one outbox item (the payload as given) from the station's kiosk; the item's result
    /// ({id, result, reason?}), or {"result": "http <status>"} when the push itself was refused.
    /// An empty `createdAt` means now.
    QJsonObject push(const QString &station, const QString &kind, const QJsonObject &payload,
                     const QString &id = newId(), const QString &createdAt = {});
    /// The station's change rows (entity, key, data, ...) since the last call for that station.
    QList<QJsonObject> newChanges(const QString &station);

    /// The first column of the first row, as a number (COUNT(*) queries).
    int count(const QString &sql, const QVariantList &values = {});

    static QString newId();

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<server::ApiRouter> m_router;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_cursors;
    QString m_error;
};
