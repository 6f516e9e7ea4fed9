// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/databaseurl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace server {

class Sealer;

/// @brief One Qt SQL connection (SQLite or PostgreSQL) owned by the thread that opened it.
///
/// Every query goes through exec(), which binds positional values and reports failures in one
/// place, so the stores above never deal with engine quirks except where SQL differs.
class Database
{
public:
    using Engine = DatabaseUrl::Engine;

    /// Opens a new connection with a unique name; nullptr and `error` when it cannot.
    [[nodiscard]] static std::unique_ptr<Database> open(const DatabaseUrl &url, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Engine engine() const { return m_engine; }
    [[nodiscard]] bool isPostgres() const { return m_engine == Engine::Postgres; }
    [[nodiscard]] QSqlDatabase handle() const;
    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }

    /// Runs `sql` with `values` bound in order; nullopt (and lastError()) on failure.
    std::optional<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    /// Starts a write transaction: BEGIN IMMEDIATE on SQLite (no deferred lock upgrade that could
    /// fail half-way), BEGIN on PostgreSQL.
    bool begin();
    bool commit();
    void rollback();

    /// Applies the numbered migrations not yet applied, each in its own transaction.
    bool migrate(QString *error);
    [[nodiscard]] int schemaVersion();

    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// Whether the last failure was caused by the data its statement carried (a value a column
    /// or a constraint refuses), not by the connection or the server: see StorageError.
    [[nodiscard]] bool lastErrorIsCausedByData() const;
    /// Forgets the last failure, so a step that then fails without a failed statement is not
    /// taken for the data's fault.
    void clearLastError()
    {
        m_lastError.clear();
        m_lastErrorCode.clear();
    }

    /// The key that seals ID numbers and station keys on this connection (every process that
    /// opens a Database sets it; see Sealer::forServer). Shared, immutable, thread-safe.
    void setSealer(std::shared_ptr<const Sealer> sealer) { m_sealer = std::move(sealer); }
    [[nodiscard]] const Sealer *sealer() const { return m_sealer.get(); }
    /// The sealer every Database opened after this call starts with (serve sets it once for
    /// all its workers' connections; tests set it in TestDatabase). Thread-safe.
    static void setDefaultSealer(std::shared_ptr<const Sealer> sealer);

private:
    Database(const DatabaseUrl &url, QString connectionName);
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values);
    /// After a failure outside a transaction on PostgreSQL: if the connection itself is gone
    /// (database restarted, network cut), open it again. True when it was reopened.
    bool reconnectIfLost();

    DatabaseUrl m_url;
    Engine m_engine;
    QString m_connectionName;
    QString m_lastError;
    QString m_lastErrorCode; ///< the engine's code of the last failure (SQLSTATE, SQLite result code)
    /// PostgreSQL only: statements prepared once per connection (each prepare is a round trip).
    /// Not on SQLite, where a statement left mid-result would pin the connection's snapshot.
    QHash<QString, QSqlQuery> m_prepared;
    bool m_inTransaction = false;
    std::shared_ptr<const Sealer> m_sealer;
};

} // namespace server
