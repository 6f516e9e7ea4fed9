// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/stationregistry.h"

#include "server/secrets.h"
#include "server/transaction.h"

#include <QDateTime>

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
    const bool ok = m_db.exec(QStringLiteral("INSERT INTO stations (id, name, district, created_at, cache_key)"
                                             " VALUES (?, ?, ?, ?, ?)"),
                              {id, name, district, now(), Secrets::randomToken()})
                        .has_value();
    if (!ok && problem)
        *problem = m_db.lastError();
    return ok;
}

std::optional<QString> StationRegistry::issueEnrollmentCode(const QString &id, const QString &code, int validDays)
{
    const QString chosen = code.isEmpty() ? Secrets::randomEnrollmentCode() : code;
    auto q = m_db.exec(QStringLiteral("UPDATE stations SET enrollment_code_hash = ?, enrollment_expires_at = ?,"
                                      " token_hash = CASE WHEN revoked_at IS NULL THEN token_hash ELSE NULL END,"
                                      " revoked_at = NULL WHERE id = ?"),
                       {Secrets::sha256(Secrets::normalizeCode(chosen)),
                        now() + qint64(validDays) * 24 * 3600 * 1000, id});
    if (!q || q->numRowsAffected() != 1)
        return std::nullopt;
    return chosen;
}

std::optional<core::wire::Credential> StationRegistry::enroll(const QString &code)
{
    const QString normalized = Secrets::normalizeCode(code);
    if (normalized.isEmpty())
        return std::nullopt;
    Transaction tx(m_db);
    auto q = m_db.exec(QStringLiteral("SELECT id, cache_key, enrollment_expires_at FROM stations"
                                      " WHERE enrollment_code_hash = ?"),
                       {Secrets::sha256(normalized)});
    if (!q || !q->next())
        return std::nullopt;
    core::wire::Credential credential;
    credential.stationId = q->value(0).toString();
    credential.cacheKey = q->value(1).toString();
    if (q->value(2).toLongLong() < now())
        return std::nullopt;
    credential.token = Secrets::randomToken();
    if (!m_db.exec(QStringLiteral("UPDATE stations SET token_hash = ?, enrollment_code_hash = NULL,"
                                  " enrollment_expires_at = NULL, last_contact_at = ? WHERE id = ?"),
                   {Secrets::sha256(credential.token), now(), credential.stationId}))
        return std::nullopt;
    if (!tx.commit())
        return std::nullopt;
    return credential;
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

namespace {
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
    return s;
}
const QString infoColumns = QStringLiteral(
    "SELECT id, name, district, token_hash, revoked_at, last_contact_at, backlog FROM stations");
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

bool StationRegistry::setCacheKey(const QString &id, const QString &key)
{
    return m_db.exec(QStringLiteral("UPDATE stations SET cache_key = ? WHERE id = ?"), {key, id}).has_value();
}

QString StationRegistry::cacheKey(const QString &id)
{
    return m_db.scalar(QStringLiteral("SELECT cache_key FROM stations WHERE id = ?"), {id}).toString();
}

} // namespace server
