// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sealingpass.h"

#include "server/database.h"
#include "server/sealedcolumns.h"
#include "server/sealer.h"

#include <QList>
#include <QSqlDatabase>

namespace server {

namespace {

// Advisory lock key of the pass (differs from the migration lock, which is released by then).
constexpr qint64 sealingLockKey = 7261009;

struct PlainKeyRow
{
    QString stationId;
    QString key;
    QString idNumber;
};

/// The plain text behind a stored value: plain as it is (before migration 9), opened with
/// `current` or `previous` when sealed. False when sealed with a key neither of them is.
bool plainOf(const QString &stored, const Sealer &current, const Sealer *previous, QString *plain)
{
    if (!Sealer::isSealed(stored)) {
        *plain = stored;
        return true;
    }
    for (const Sealer *sealer : {&current, previous}) {
        if (!sealer)
            continue;
        if (auto opened = sealer->open(stored)) {
            *plain = *opened;
            return true;
        }
    }
    return false;
}

QString wrongKey(const Sealer &current, const QString &stored, const char *what)
{
    return QStringLiteral("a %1 in the database is sealed with key %2, not with this key file's key %3;"
                          " start with the key file that sealed it (or rotate with kiosk-server admin rotate-key)")
        .arg(QLatin1String(what), Sealer::keyIdOf(stored), current.keyId());
}

bool fail(Database &db, QString *error, const QString &message)
{
    db.rollback();
    if (error)
        *error = message;
    return false;
}

} // namespace

bool SealingPass::run(Database &db, const Sealer *previous, QString *error, Counts *counts)
{
    const Sealer *current = db.sealer();
    if (!current) {
        if (error)
            *error = QStringLiteral("no key file for the sealed columns");
        return false;
    }
    Counts done;
    const QString mine = QStringLiteral("s1.%1.%").arg(current->keyId()); // key ids are hex: no LIKE wildcards
    if (!db.begin())
        return fail(db, error, db.lastError());
    if (db.isPostgres())
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(sealingLockKey));

    // Stations' cache keys.
    {
        auto q = db.exec(QStringLiteral("SELECT id, cache_key FROM stations WHERE cache_key NOT LIKE ?"), {mine});
        if (!q)
            return fail(db, error, db.lastError());
        QList<std::pair<QString, QString>> rows;
        while (q->next())
            rows.append({q->value(0).toString(), q->value(1).toString()});
        for (const auto &[id, stored] : rows) {
            QString plain;
            if (!plainOf(stored, *current, previous, &plain))
                return fail(db, error, wrongKey(*current, stored, "station cache key"));
            if (!db.exec(QStringLiteral("UPDATE stations SET cache_key = ? WHERE id = ?"), {current->seal(plain), id}))
                return fail(db, error, db.lastError());
            ++done.cacheKeys;
        }
    }

    // certificate_keys as it was before migration 9 (plain ID numbers): read, then dropped
    // before the certificates' primary key changes under its foreign key.
    QList<PlainKeyRow> plainKeys;
    const bool hasPlainKeys = db.handle().tables().contains(QStringLiteral("certificate_keys_plain"));
    if (hasPlainKeys) {
        auto q = db.exec(QStringLiteral("SELECT station_id, key, id_number FROM certificate_keys_plain"));
        if (!q)
            return fail(db, error, db.lastError());
        while (q->next())
            plainKeys.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
        if (!db.exec(QStringLiteral("DROP TABLE certificate_keys_plain")))
            return fail(db, error, db.lastError());
    }

    // Certificates: id_index held the plain number until sealed (id_number_sealed empty).
    {
        auto q = db.exec(QStringLiteral("SELECT id_index, id_number_sealed FROM certificates WHERE id_number_sealed NOT LIKE ?"),
                         {mine});
        if (!q)
            return fail(db, error, db.lastError());
        QList<std::pair<QString, QString>> rows;
        while (q->next())
            rows.append({q->value(0).toString(), q->value(1).toString()});
        for (const auto &[oldIndex, stored] : rows) {
            QString idNumber;
            if (stored.isEmpty())
                idNumber = oldIndex;
            else if (!plainOf(stored, *current, previous, &idNumber) || !Sealer::isSealed(stored))
                return fail(db, error, wrongKey(*current, stored, "certificate's ID number"));
            const QString newIndex = SealedColumns::idIndex(*current, idNumber);
            if (!db.exec(QStringLiteral("UPDATE certificates SET id_index = ?, id_number_sealed = ?, id_masked_index = ?"
                                        " WHERE id_index = ?"),
                         {newIndex, current->seal(idNumber), SealedColumns::maskedIndex(*current, idNumber), oldIndex})
                || !db.exec(QStringLiteral("UPDATE certificate_keys SET id_index = ? WHERE id_index = ?"), {newIndex, oldIndex}))
                return fail(db, error, db.lastError());
            ++done.idNumbers;
        }
    }

    for (const PlainKeyRow &row : plainKeys) {
        if (!db.exec(QStringLiteral("INSERT INTO certificate_keys (station_id, key, id_index) VALUES (?, ?, ?)"
                                    " ON CONFLICT (station_id, key) DO NOTHING"),
                     {row.stationId, row.key, SealedColumns::idIndex(*current, row.idNumber)}))
            return fail(db, error, db.lastError());
        ++done.stationKeys;
    }
    if (!db.commit())
        return fail(db, error, db.lastError());
    // SQLite keeps the replaced plain (or old-key) values in free pages and the write-ahead log
    // until they are overwritten: rewrite the file once so a copy of it holds none of them.
    // (PostgreSQL keeps dead rows until VACUUM; server/README.md says to run VACUUM FULL.)
    if (!db.isPostgres() && done.cacheKeys + done.idNumbers + done.stationKeys > 0) {
        db.exec(QStringLiteral("VACUUM"));
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (counts)
        *counts = done;
    return true;
}

} // namespace server
