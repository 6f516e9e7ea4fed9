// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace store {

/// @brief One SQLite connection to the kiosk's store file, owned by the thread that opened it.
///
/// Every thread that touches the store (the GUI thread's view models, the sync thread) opens
/// its own Database on the same file. Settings: WAL (readers never wait for the writer),
/// synchronous=FULL (a commit survives power loss), foreign keys on. Writes go through
/// write(): one writer at a time per file in this process (a mutex), BEGIN IMMEDIATE against
/// other processes, and a busy timeout instead of failing at once.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the file (creating it) and, unless `migrate` is false, brings the schema to the
    /// latest version. Refuses a file from a newer kiosk. On failure the connection stays open
    /// so the caller can look (schemaVersion()); close() or destroy it.
    Result<void> open(bool migrate = true);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const { return m_db; }
    /// PRAGMA user_version, -1 when it cannot be read.
    [[nodiscard]] int schemaVersion() const;

    /// Prepares and runs one statement with positional values.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /// Prepares a statement to run many times with run(): for bulk work such as a change page.
    Result<QSqlQuery> prepare(const QString &sql) const;
    Result<void> run(QSqlQuery &query, const QVariantList &values) const;
    /// The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    /// Runs `work` (which returns a Result) inside BEGIN IMMEDIATE ... COMMIT. The transaction
    /// is committed only if `work` succeeds; otherwise it is rolled back and the error handed
    /// on. When write() returns success, the change is on disk.
    template<typename Work>
    auto write(Work &&work) -> decltype(work())
    {
        QMutexLocker lock(writerLock());
        if (auto begun = begin(); !begun.ok())
            return begun.error();
        auto result = work();
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed.ok()) {
            rollback();
            return committed.error();
        }
        return result;
    }

    /// Copies the write-ahead log into the file and empties it (its older page versions may
    /// hold personal data already deleted from the file). A Storage error when a reader on
    /// another connection kept it from being emptied; the next checkpoint catches up.
    Result<void> checkpoint();

    /// A consistent snapshot over several reads (a deferred read transaction).
    template<typename Work>
    auto read(Work &&work) const -> decltype(work())
    {
        if (auto begun = exec(QStringLiteral("BEGIN")); !begun.ok())
            return begun.error();
        auto result = work();
        (void)exec(QStringLiteral("COMMIT"));
        return result;
    }

private:
    Result<void> begin();
    Result<void> commit();
    void rollback();
    QMutex *writerLock() const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace store
