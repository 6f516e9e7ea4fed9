// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/database.h"

#include "kiosk/store/migrations.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>

#include <memory>

namespace store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kiosk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown database error") : error.text();
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{
}

Database::~Database()
{
    close();
}

QMutex *Database::writerLock() const
{
    // One lock per file for the whole process: the view models and the sync thread queue up
    // here instead of meeting SQLITE_BUSY.
    static QMutex mapLock;
    static QHash<QString, std::shared_ptr<QMutex>> locks;
    const QString key = QFileInfo(m_path).absoluteFilePath();
    QMutexLocker lock(&mapLock);
    auto &entry = locks[key];
    if (!entry)
        entry = std::make_shared<QMutex>();
    return entry.get();
}

Result<void> Database::open(bool migrate)
{
    close();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Wait up to 10 s for another process's write instead of failing at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return StoreError::storage(QStringLiteral("open %1: %2").arg(m_path, describe(m_db.lastError())));

    const QString pragmas[] = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // Deleted and overwritten rows are zeroed in the file, not left in free space: a
        // delivered visitor's phone number must not be readable from the disk afterwards.
        QStringLiteral("PRAGMA secure_delete=ON"),
        // 16 MiB of page cache per connection: the certificate cache and a long outbox backlog
        // stay in memory instead of being re-read page by page (SQLite's default is 2 MiB).
        QStringLiteral("PRAGMA cache_size=-16384"),
    };
    for (const QString &pragma : pragmas) {
        if (auto done = exec(pragma); !done.ok())
            return done.error();
    }
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!mode.ok())
        return mode.error();
    if (mode.value().toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return StoreError::storage(QStringLiteral("journal mode is %1, not WAL").arg(mode.value().toString()));

    const int version = schemaVersion();
    if (version > Migrations::latest()) {
        return StoreError::make(StoreError::Kind::TooNew, core::TranslatableText::translate("store::Database",
                                "The data file was written by a newer version of the kiosk. Please call maintenance."),
                                QStringLiteral("schema version %1 > %2").arg(version).arg(Migrations::latest()));
    }
    if (migrate) {
        auto migrated = Migrations::apply(*this, Migrations::latest());
        if (!migrated.ok())
            return migrated.error();
    }
    return {};
}

Result<void> Database::checkpoint()
{
    QMutexLocker lock(writerLock());
    auto q = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!q.ok())
        return q.error();
    // One row: busy (1 when a reader kept the log from being emptied), log frames, frames copied.
    if (q.value().next() && q.value().value(0).toInt() != 0)
        return StoreError::storage(QStringLiteral("write-ahead log not emptied: a reader holds it"));
    return {};
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

int Database::schemaVersion() const
{
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    return version.ok() ? version.value().toInt() : -1;
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StoreError::storage(QStringLiteral("prepare: %1").arg(describe(query.lastError())));
    return query;
}

Result<void> Database::run(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        // Qt SQL binds a null QString as NULL; an unset text field means "", and a wanted NULL
        // is an invalid QVariant (SqlValues::orNull).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        return StoreError::storage(QStringLiteral("exec: %1").arg(describe(query.lastError())));
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    auto query = prepare(sql);
    if (!query.ok())
        return query.error();
    if (auto done = run(query.value(), values); !done.ok())
        return done.error();
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query.ok())
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0) : QVariant();
}

Result<void> Database::begin()
{
    // IMMEDIATE takes the write lock now, so two writers never both read and then find they
    // cannot upgrade to writing (a deferred BEGIN's SQLITE_BUSY that no timeout can resolve).
    auto begun = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun.ok())
        return begun.error();
    return {};
}

Result<void> Database::commit()
{
    auto committed = exec(QStringLiteral("COMMIT"));
    if (!committed.ok())
        return committed.error();
    return {};
}

void Database::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

} // namespace store
