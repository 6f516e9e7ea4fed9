// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/stationregistry.h"

#include "server/sealedcolumns.h"
#include "server/secrets.h"
#include "server/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace server {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
constexpr qint64 touchIntervalMs = 5000;
} // namespace

bool StationRegistry::create(const QString &id, const QString &name, const QString &district, QString *problem)
{
    if (id.isEmpty() || id.size() > 64 || id == u"*" || id.startsWith(u'@')) { // "@<district>": a feed scope
        if (problem)
            *problem = QStringLiteral("a station id is 1 to 64 characters");
        return false;
    }
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM stations WHERE id = ?"), {id}).isValid()) {
        if (problem)
            *problem = QStringLiteral("station %1 exists already").arg(id);
        return false;
    }
    // The cache key is kept sealed (Sealer): with it and the ID numbers in plain, a copy of the
    // database would undo the station's HMAC'd visitor keys.
    const QString sealedKey = SealedColumns::sealCacheKey(m_db, Secrets::randomToken());
    if (sealedKey.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("no key file for the sealed columns");
        return false;
    }
    const bool ok = m_db.exec(QStringLiteral("INSERT INTO stations (id, name, district, created_at, cache_key)"
                                             " VALUES (?, ?, ?, ?, ?)"),
                              {id, name, district, now(), sealedKey})
                        .has_value();
    if (!ok && problem)
        *problem = m_db.lastError();
    return ok;
}

std::optional<QString> StationRegistry::issueEnrollmentCode(const QString &id, const QString &code, int validDays)
{
    // Revocation is not touched: a new code for a revoked station waits until someone lifts the
    // revocation (unrevoke()); before, issuing a code silently let a revoked station back in.
    const QString chosen = code.isEmpty() ? Secrets::randomEnrollmentCode() : code;
    auto q = m_db.exec(QStringLiteral("UPDATE stations SET enrollment_code_hash = ?, enrollment_expires_at = ? WHERE id = ?"),
                       {Secrets::sha256(Secrets::normalizeCode(chosen)),
                        now() + qint64(validDays) * 24 * 3600 * 1000, id});
    if (!q || q->numRowsAffected() != 1)
        return std::nullopt;
    return chosen;
}

namespace {

// The token a code and a client nonce give a station:
//   base64url(HMAC-SHA256(key = normalized code, message = "kiosk-enroll-v1" LF nonce LF stationId)).
// Derived, not stored, so that a retry (the kiosk lost the answer) can get the same token again
// while the server still keeps nothing but hashes: sha256(token) to authenticate, sha256(code) and
// sha256(nonce) to recognise the retry. Whoever reads the database learns neither the token nor
// how to make it: that needs the code AND the kiosk's nonce (32+ random characters it sent only
// over TLS and keeps 0600 until the credential is written). Knowing only the paper code is not
// enough either, so someone who saw the code cannot "retry" a kiosk's enrollment. The station id
// keeps two stations' tokens apart even if a chosen code is reused (token_hash is UNIQUE).
QString derivedToken(const QString &normalizedCode, const QString &clientNonce, const QString &stationId)
{
    const QByteArray message = QByteArrayLiteral("kiosk-enroll-v1\n") + clientNonce.toUtf8() + '\n' + stationId.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, normalizedCode.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

StationRegistry::Enrollment StationRegistry::enroll(const QString &code, const QString &clientNonce)
{
    using Outcome = Enrollment::Outcome;
    const QString normalized = Secrets::normalizeCode(code);
    if (normalized.isEmpty())
        return Enrollment::ended(Outcome::Refused);
    const QString codeHash = Secrets::sha256(normalized);
    const qint64 at = now();
    // One transaction per attempt. On SQLite begin() is BEGIN IMMEDIATE: the write lock is taken
    // before the read, so a second process waits and then finds the code spent. On PostgreSQL
    // SELECT ... FOR UPDATE locks the station's row: a second transaction waits for the first to
    // commit and then re-checks the row, which no longer holds the code. The UPDATE repeats the
    // conditions and its rows-affected count is checked, so even without the lock only one
    // request can win the code.
    const QString forUpdate = m_db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Enrollment::ended(Outcome::StorageError);

    auto q = m_db.exec(QStringLiteral("SELECT id, revoked_at, enrollment_expires_at FROM stations"
                                      " WHERE enrollment_code_hash = ?") + forUpdate,
                       {codeHash});
    if (!q)
        return Enrollment::ended(Outcome::StorageError);
    if (q->next()) {
        const QString id = q->value(0).toString();
        const bool revoked = !q->value(1).isNull();
        const qint64 expires = q->value(2).toLongLong();
        q->finish();
        if (revoked)
            return Enrollment::ended(Outcome::Revoked); // the code stays: it works once the revocation is lifted
        if (expires < at)
            return Enrollment::ended(Outcome::Refused);
        Enrollment e = Enrollment::ended(Outcome::Enrolled);
        e.credential.stationId = id;
        e.credential.token = clientNonce.isEmpty() ? Secrets::randomToken() : derivedToken(normalized, clientNonce, id);
        auto spent = m_db.exec(QStringLiteral("UPDATE stations SET token_hash = ?, enrollment_code_hash = NULL,"
                                              " enrollment_expires_at = NULL, spent_code_hash = ?, spent_nonce_hash = ?,"
                                              " spent_at = ?, retry_used = 0, last_contact_at = ?"
                                              " WHERE id = ? AND enrollment_code_hash = ? AND revoked_at IS NULL"),
                               {Secrets::sha256(e.credential.token), clientNonce.isEmpty() ? QVariant() : QVariant(codeHash),
                                clientNonce.isEmpty() ? QVariant() : QVariant(Secrets::sha256(clientNonce)), at, at, id,
                                codeHash});
        if (!spent)
            return Enrollment::ended(Outcome::StorageError);
        if (spent->numRowsAffected() != 1)
            return Enrollment::ended(Outcome::Refused); // another request spent it first
        e.credential.cacheKey = cacheKey(id);
        // A key that cannot be opened (another key file) must not spend the code on a credential
        // whose every certificate key would be wrong: the transaction is rolled back.
        if (e.credential.cacheKey.isEmpty())
            return Enrollment::ended(Outcome::StorageError);
        if (!tx.commit())
            return Enrollment::ended(Outcome::StorageError);
        return e;
    }
    q->finish();

    // Not a live code: maybe the retry of one spent moments ago whose answer was lost.
    if (clientNonce.isEmpty())
        return Enrollment::ended(Outcome::Refused);
    auto r = m_db.exec(QStringLiteral("SELECT id, revoked_at, token_hash FROM stations WHERE spent_code_hash = ?"
                                      " AND spent_nonce_hash = ? AND spent_at >= ? AND retry_used = 0")
                           + forUpdate,
                       {codeHash, Secrets::sha256(clientNonce), at - retryWindowMs});
    if (!r)
        return Enrollment::ended(Outcome::StorageError);
    if (!r->next())
        return Enrollment::ended(Outcome::Refused);
    const QString id = r->value(0).toString();
    const bool revoked = !r->value(1).isNull();
    const QString tokenHash = r->value(2).toString();
    r->finish();
    if (revoked)
        return Enrollment::ended(Outcome::Revoked);
    Enrollment e = Enrollment::ended(Outcome::Enrolled);
    e.retried = true;
    e.credential.stationId = id;
    e.credential.token = derivedToken(normalized, clientNonce, id);
    // Only while that token is still the station's: not after it enrolled again with another code.
    if (Secrets::sha256(e.credential.token) != tokenHash)
        return Enrollment::ended(Outcome::Refused);
    auto used = m_db.exec(QStringLiteral("UPDATE stations SET retry_used = 1 WHERE id = ? AND retry_used = 0"
                                         " AND spent_code_hash = ? AND revoked_at IS NULL"),
                          {id, codeHash});
    if (!used)
        return Enrollment::ended(Outcome::StorageError);
    if (used->numRowsAffected() != 1)
        return Enrollment::ended(Outcome::Refused);
    e.credential.cacheKey = cacheKey(id);
    if (e.credential.cacheKey.isEmpty())
        return Enrollment::ended(Outcome::StorageError);
    if (!tx.commit())
        return Enrollment::ended(Outcome::StorageError);
    return e;
}

std::optional<core::wire::Credential> StationRegistry::enroll(const QString &code)
{
    Enrollment e = enroll(code, QString());
    if (e.outcome != Enrollment::Outcome::Enrolled)
        return std::nullopt;
    return e.credential;
}

StationRegistry::Auth StationRegistry::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 256)
        return {AuthOutcome::Unknown, {}};
    auto q = m_db.exec(QStringLiteral("SELECT id, revoked_at FROM stations WHERE token_hash = ?"),
                       {Secrets::sha256(token)});
    if (!q)
        return {AuthOutcome::StorageError, {}};
    if (!q->next())
        return {AuthOutcome::Unknown, {}};
    if (!q->value(1).isNull())
        return {AuthOutcome::Revoked, q->value(0).toString()};
    return {AuthOutcome::Ok, q->value(0).toString()};
}

StationRegistry::Auth StationRegistry::checkStation(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT revoked_at FROM stations WHERE id = ?"), {id});
    if (!q)
        return {AuthOutcome::StorageError, {}};
    if (!q->next())
        return {AuthOutcome::Unknown, {}};
    if (!q->value(0).isNull())
        return {AuthOutcome::Revoked, id};
    return {AuthOutcome::Ok, id};
}

bool StationRegistry::revoke(const QString &id)
{
    // Revoking also withdraws an unused enrollment code: nothing of the station may get in. The
    // token hash stays so the station hears "revoked" rather than "unknown".
    auto q = m_db.exec(QStringLiteral("UPDATE stations SET revoked_at = ?, enrollment_code_hash = NULL WHERE id = ?"),
                       {now(), id});
    return q && q->numRowsAffected() == 1;
}

StationRegistry::UnrevokeOutcome StationRegistry::unrevoke(const QString &id)
{
    // The old token and any retry of an old enrollment go with the revocation: whatever was
    // revoked may be in someone else's hands. The station comes back by enrolling with a code.
    auto q = m_db.exec(QStringLiteral("UPDATE stations SET revoked_at = NULL, token_hash = NULL, spent_code_hash = NULL,"
                                      " spent_nonce_hash = NULL, spent_at = NULL WHERE id = ? AND revoked_at IS NOT NULL"),
                       {id});
    if (!q)
        return UnrevokeOutcome::StorageError;
    if (q->numRowsAffected() == 1)
        return UnrevokeOutcome::Unrevoked;
    const QVariant exists = m_db.scalar(QStringLiteral("SELECT 1 FROM stations WHERE id = ?"), {id});
    return exists.isValid() ? UnrevokeOutcome::NotRevoked : UnrevokeOutcome::Unknown;
}

void StationRegistry::touch(const QString &id, int backlog)
{
    Contact &c = m_contacts[id];
    c.at = now();
    if (backlog >= 0)
        c.backlog = backlog;
}

void StationRegistry::flushIfDue()
{
    if (!m_contacts.isEmpty() && now() - m_lastFlush >= touchIntervalMs)
        flush();
}

void StationRegistry::flush()
{
    m_lastFlush = now();
    if (m_contacts.isEmpty())
        return;
    Transaction tx(m_db);
    if (!tx.isOpen())
        return;
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        if (it->backlog >= 0)
            m_db.exec(QStringLiteral("UPDATE stations SET last_contact_at = ?, backlog = ? WHERE id = ?"),
                      {it->at, it->backlog, it.key()});
        else
            m_db.exec(QStringLiteral("UPDATE stations SET last_contact_at = ? WHERE id = ?"), {it->at, it.key()});
    }
    if (tx.commit())
        m_contacts.clear();
}

bool StationRegistry::setHealth(const QString &id, const core::wire::StationHealth &health)
{
    // The kiosk hides numbers in parked reasons before it sends them; an older or faulty kiosk
    // may not, so the same rule runs again here: nothing stored shows a phone or an ID number.
    const QString text =
        QString::fromUtf8(QJsonDocument(health.withPlainReasons().toJson()).toJson(QJsonDocument::Compact));
    auto q = m_db.exec(QStringLiteral("UPDATE stations SET health = ?, health_at = ? WHERE id = ?"), {text, now(), id});
    if (!q || q->numRowsAffected() != 1) {
        qWarning("station %s: its reported state was not stored", qPrintable(id));
        return false;
    }
    return true;
}

namespace {
std::optional<core::wire::StationHealth> storedHealth(const QVariant &text)
{
    if (text.isNull())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8());
    // Made plain on the way out too, for a row stored before setHealth() did it.
    const auto health = core::wire::StationHealth::fromJson(doc.object(), QString(), nullptr);
    return health ? std::optional(health->withPlainReasons()) : std::nullopt;
}

StationInfo readInfo(const QSqlQuery &q)
{
    StationInfo s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.district = q.value(2).toString();
    s.enrolled = !q.value(3).isNull();
    s.revoked = !q.value(4).isNull();
    s.lastContactAt = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    s.backlog = q.value(6).isNull() ? -1 : q.value(6).toInt();
    s.health = storedHealth(q.value(7));
    s.healthAt = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    s.enrollmentCodeValidUntil = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    return s;
}
// A spent or withdrawn code leaves its expiry behind (revoke() clears only the hash): only a
// code that can still be used has a validity to show.
const QString infoColumns = QStringLiteral(
    "SELECT id, name, district, token_hash, revoked_at, last_contact_at, backlog, health, health_at,"
    " CASE WHEN enrollment_code_hash IS NULL THEN NULL ELSE enrollment_expires_at END FROM stations");
} // namespace

std::optional<StationInfo> StationRegistry::info(const QString &id)
{
    auto q = m_db.exec(infoColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    return readInfo(*q);
}

QList<StationInfo> StationRegistry::all()
{
    QList<StationInfo> list;
    auto q = m_db.exec(infoColumns + QStringLiteral(" ORDER BY id"));
    while (q && q->next())
        list.append(readInfo(*q));
    return list;
}

std::optional<QList<StationInfo>> StationRegistry::where(const QString &condition, const QVariantList &values)
{
    auto q = m_db.exec(infoColumns + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY district, name, id"),
                       values);
    if (!q)
        return std::nullopt;
    QList<StationInfo> list;
    while (q->next())
        list.append(readInfo(*q));
    return list;
}

bool StationRegistry::setCacheKey(const QString &id, const QString &key)
{
    const QString sealedKey = SealedColumns::sealCacheKey(m_db, key);
    return !sealedKey.isEmpty()
        && m_db.exec(QStringLiteral("UPDATE stations SET cache_key = ? WHERE id = ?"), {sealedKey, id}).has_value();
}

QString StationRegistry::cacheKey(const QString &id)
{
    return SealedColumns::openCacheKey(m_db, m_db.scalar(QStringLiteral("SELECT cache_key FROM stations WHERE id = ?"), {id}).toString());
}

} // namespace server
