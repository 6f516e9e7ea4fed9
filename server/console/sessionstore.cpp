// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/sessionstore.h"

#include "server/database.h"

#include <sodium.h>

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>

namespace server::console {

SessionStore::SessionStore(Database &db, const ConsoleSettings &settings) : m_db(db), m_settings(settings) {}

qint64 SessionStore::idleLimitMs() const
{
    return qint64(m_settings.idleLimitSeconds()) * 1000;
}

qint64 SessionStore::absoluteLimitMs() const
{
    return qint64(m_settings.sessionHours) * 3600 * 1000;
}

QString SessionStore::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString SessionStore::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    // sodium_init() is idempotent and thread-safe; randombytes_buf needs it once.
    if (sodium_init() < 0)
        return {};
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<SessionStore::Opened> SessionStore::open(const QString &login, qint64 now)
{
    Opened opened{randomToken(), randomToken()};
    if (opened.token.isEmpty() || opened.csrfToken.isEmpty())
        return std::nullopt;
    // Sessions nobody can use any more go here, so the table holds only live ones.
    if (!m_db.exec(QStringLiteral("DELETE FROM console_sessions WHERE last_seen_at < ? OR created_at < ?"),
                   {now - idleLimitMs(), now - absoluteLimitMs()}))
        return std::nullopt;
    if (!m_db.exec(QStringLiteral("INSERT INTO console_sessions (token_hash, login, csrf_token, created_at, last_seen_at)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {hashOf(opened.token), login, opened.csrfToken, now, now}))
        return std::nullopt;
    return opened;
}

SessionStore::Lookup SessionStore::find(const QString &token, qint64 now, Use use)
{
    if (token.isEmpty())
        return {Outcome::Missing, {}};
    const QString hash = hashOf(token);
    auto q = m_db.exec(QStringLiteral("SELECT login, csrf_token, created_at, last_seen_at FROM console_sessions WHERE token_hash = ?"),
                       {hash});
    if (!q)
        return {Outcome::StorageFailed, {}};
    if (!q->next())
        return {Outcome::Missing, {}};
    Session s{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong()};
    q->finish();
    if (now - s.lastSeenAt > idleLimitMs() || now - s.createdAt > absoluteLimitMs()) {
        if (!m_db.exec(QStringLiteral("DELETE FROM console_sessions WHERE token_hash = ?"), {hash}))
            return {Outcome::StorageFailed, {}};
        return {Outcome::Expired, {}};
    }
    if (use == Use::Background)
        return {Outcome::Found, s};
    // One write a minute per session at most (a quarter of a short test idle time): every API
    // call would otherwise write, and the idle limit needs no finer time than that.
    const qint64 interval = std::min<qint64>(60 * 1000, idleLimitMs() / 4);
    if (now - s.lastSeenAt >= interval) {
        if (!m_db.exec(QStringLiteral("UPDATE console_sessions SET last_seen_at = ? WHERE token_hash = ?"), {now, hash}))
            return {Outcome::StorageFailed, {}};
        s.lastSeenAt = now;
    }
    return {Outcome::Found, s};
}

bool SessionStore::end(const QString &token)
{
    return m_db.exec(QStringLiteral("DELETE FROM console_sessions WHERE token_hash = ?"), {hashOf(token)}).has_value();
}

} // namespace server::console
