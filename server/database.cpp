// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/database.h"

#include "server/migrations.h"
#include "server/storageerror.h"
#include "server/sealer.h"
#include "server/sealingpass.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QThread>

Q_LOGGING_CATEGORY(lcDatabase, "kiosk.server.database")

namespace server {

namespace {
QAtomicInteger<int> g_connectionCounter;
// An arbitrary constant: the key of the advisory lock that lets only one server process migrate.
constexpr qint64 migrationLockKey = 7261001;

QMutex g_defaultSealerMutex;
std::shared_ptr<const Sealer> g_defaultSealer;
} // namespace

void Database::setDefaultSealer(std::shared_ptr<const Sealer> sealer)
{
    const QMutexLocker lock(&g_defaultSealerMutex);
    g_defaultSealer = std::move(sealer);
}

Database::Database(const DatabaseUrl &url, QString connectionName)
    : m_url(url), m_engine(url.engine), m_connectionName(std::move(connectionName))
{
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, QString *error)
{
    const QString name = QStringLiteral("kiosk-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(url, name));
    {
        const QMutexLocker lock(&g_defaultSealerMutex);
        db->m_sealer = g_defaultSealer;
    }
    {
        QSqlDatabase handle = QSqlDatabase::addDatabase(
            url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (url.engine == Engine::Sqlite) {
            handle.setDatabaseName(url.path);
            handle.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            handle.setHostName(url.host);
            handle.setPort(url.port);
            handle.setUserName(url.user);
            handle.setPassword(url.password);
            handle.setDatabaseName(url.database);
            handle.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!handle.open()) {
            if (error)
                *error = QStringLiteral("cannot open %1: %2").arg(url.describe(), handle.lastError().text());
            return nullptr;
        }
    }
    if (url.engine == Engine::Sqlite) {
        // WAL with synchronous=FULL: an acknowledged push survives a power cut, and readers
        // never wait for the writer.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!db->exec(QString::fromLatin1(pragma))) {
                if (error)
                    *error = db->lastError();
                return nullptr;
            }
        }
    }
    return db;
}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase handle = QSqlDatabase::database(m_connectionName, false);
        if (handle.isOpen())
            handle.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    auto result = run(sql, values);
    if (!result && !m_inTransaction && reconnectIfLost())
        result = run(sql, values);
    return result;
}

bool Database::reconnectIfLost()
{
    if (m_engine != Engine::Postgres)
        return false;
    QSqlDatabase db = handle();
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false;
    }
    m_prepared.clear();
    db.close();
    const bool reopened = db.open();
    qCWarning(lcDatabase) << "database connection lost;" << (reopened ? "reopened" : "still unreachable");
    return reopened;
}

std::optional<QSqlQuery> Database::run(const QString &sql, const QVariantList &values)
{
    const bool cache = m_engine == Engine::Postgres && !values.isEmpty();
    QSqlQuery local(handle());
    QSqlQuery *query = &local;
    bool ok = false;
    if (cache) {
        auto it = m_prepared.find(sql);
        if (it == m_prepared.end()) {
            QSqlQuery fresh(handle());
            fresh.setForwardOnly(true);
            ok = fresh.prepare(sql);
            if (ok)
                it = m_prepared.insert(sql, std::move(fresh));
            else
                local = std::move(fresh);
        } else {
            ok = true;
        }
        if (ok)
            query = &*it;
    } else {
        local.setForwardOnly(true);
        ok = values.isEmpty() ? local.exec(sql) : local.prepare(sql);
    }
    if (ok && !values.isEmpty()) {
        for (const QVariant &v : values) {
            // A null QString binds as SQL NULL; empty text is meant. Real NULLs are passed
            // as an invalid QVariant().
            if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
                query->addBindValue(QString(QLatin1String("")));
            else
                query->addBindValue(v);
        }
        ok = query->exec();
    }
    if (!ok) {
        m_lastError = query->lastError().text();
        m_lastErrorCode = query->lastError().nativeErrorCode();
        // The statement text holds no personal data (values are bound), but the database's
        // message may: PostgreSQL's "DETAIL: Failing row contains (...)" quotes the row, and
        // Qt's PostgreSQL driver writes bound values into the statement it sends, so even the
        // first line can quote one. Only the statement and the error code are logged.
        qCWarning(lcDatabase) << "query failed:" << sql.left(120) << query->lastError().nativeErrorCode();
        if (cache)
            m_prepared.remove(sql); // a broken connection invalidates it; prepare afresh next time
        return std::nullopt;
    }
    return std::optional<QSqlQuery>(std::in_place, *query);
}

bool Database::lastErrorIsCausedByData() const
{
    return StorageError::isCausedByData(m_engine, m_lastErrorCode);
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    auto q = exec(sql, values);
    if (q && q->next())
        return q->value(0);
    return {};
}

bool Database::begin()
{
    m_inTransaction = exec(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")).has_value();
    return m_inTransaction;
}

bool Database::commit()
{
    const bool ok = run(QStringLiteral("COMMIT"), {}).has_value();
    if (ok)
        m_inTransaction = false;
    return ok;
}

void Database::rollback()
{
    m_inTransaction = false;
    QSqlQuery query(handle());
    query.exec(QStringLiteral("ROLLBACK"));
}

int Database::schemaVersion()
{
    const QVariant v = scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    return v.isValid() ? v.toInt() : 0;
}

bool Database::migrate(QString *error)
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"))) {
        if (error)
            *error = m_lastError;
        return false;
    }
    const QList<QStringList> steps = Migrations::steps(m_engine);
    for (int n = 1; n <= steps.size(); ++n) {
        if (!begin()) {
            if (error)
                *error = m_lastError;
            return false;
        }
        // Several server processes may start together on one PostgreSQL database.
        if (isPostgres())
            exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey));
        const QVariant done = scalar(QStringLiteral("SELECT version FROM schema_migrations WHERE version = ?"), {n});
        if (done.isValid()) {
            rollback();
            continue;
        }
        bool ok = true;
        for (const QString &statement : steps.at(n - 1)) {
            if (!exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                        {n, QDateTime::currentMSecsSinceEpoch()});
        if (!ok || !commit()) {
            if (error)
                *error = QStringLiteral("migration %1 failed: %2").arg(n).arg(m_lastError);
            rollback();
            return false;
        }
        qCInfo(lcDatabase) << "applied migration" << n;
    }
    // Plain rows (from before migration 9) are sealed as soon as a key is present.
    return !m_sealer || SealingPass::run(*this, nullptr, error);
}

} // namespace server
