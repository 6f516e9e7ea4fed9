// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/userdirectory.h"

#include "server/database.h"
#include "server/transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace server::console {

namespace {

const QString columns = QStringLiteral("login, display_name, role, district, station_id, password_hash, created_at, disabled_at");

UserDirectory::Account accountOf(const QSqlQuery &q)
{
    UserDirectory::Account a;
    a.user.login = q.value(0).toString();
    a.user.displayName = q.value(1).toString();
    // An unknown word (a row written by hand) gets the narrowest role.
    a.user.role = roleFromName(q.value(2).toString()).value_or(ConsoleRole::Station);
    a.user.district = q.value(3).toString();
    a.user.stationId = q.value(4).toString();
    a.passwordHash = q.value(5).toString();
    a.createdAt = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        a.disabledAt = q.value(7).toLongLong();
    return a;
}

} // namespace

UserDirectory::UserDirectory(Database &db) : m_db(db) {}

bool UserDirectory::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,40}$"));
    return pattern.match(login).hasMatch();
}

QString UserDirectory::problem(const ConsoleUser &user)
{
    if (!isValidLogin(user.login))
        return QStringLiteral("the login must be 2 to 40 of a-z, 0-9, '.', '_' and '-'");
    if (user.displayName.trimmed().isEmpty())
        return QStringLiteral("the account needs the person's name (--name)");
    if (user.displayName.size() > 100)
        return QStringLiteral("the name may be at most 100 characters");
    switch (user.role) {
    case ConsoleRole::City:
        if (!user.district.isEmpty() || !user.stationId.isEmpty())
            return QStringLiteral("a city account sees every station: give no district or station");
        break;
    case ConsoleRole::District:
        if (user.district.isEmpty())
            return QStringLiteral("a district account needs its district (--district)");
        if (!user.stationId.isEmpty())
            return QStringLiteral("a district account sees its district's stations: give no station");
        break;
    case ConsoleRole::Station:
        if (user.stationId.isEmpty())
            return QStringLiteral("a station account needs its station (--station)");
        break;
    }
    return {};
}

UserDirectory::Outcome UserDirectory::create(const ConsoleUser &user, const QString &passwordHash)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Outcome::StorageFailed;
    const QVariant existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM console_users WHERE login = ?"), {user.login});
    if (!existing.isValid())
        return Outcome::StorageFailed;
    if (existing.toInt() > 0)
        return Outcome::LoginTaken;
    if (!m_db.exec(QStringLiteral("INSERT INTO console_users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)").arg(columns),
                   {user.login, user.displayName.trimmed(), roleName(user.role), user.district, user.stationId, passwordHash,
                    QDateTime::currentMSecsSinceEpoch()}))
        return Outcome::StorageFailed;
    return tx.commit() ? Outcome::Done : Outcome::StorageFailed;
}

std::optional<std::optional<UserDirectory::Account>> UserDirectory::find(const QString &login)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM console_users WHERE login = ?").arg(columns), {login});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(accountOf(*q));
}

UserDirectory::Outcome UserDirectory::disable(const QString &login)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Outcome::StorageFailed;
    const QVariant existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM console_users WHERE login = ?"), {login});
    if (!existing.isValid())
        return Outcome::StorageFailed;
    if (existing.toInt() == 0)
        return Outcome::NotFound;
    // A disabled account keeps the time it was first disabled.
    if (!m_db.exec(QStringLiteral("UPDATE console_users SET disabled_at = ? WHERE login = ? AND disabled_at IS NULL"),
                   {QDateTime::currentMSecsSinceEpoch(), login})
        || !m_db.exec(QStringLiteral("DELETE FROM console_sessions WHERE login = ?"), {login}))
        return Outcome::StorageFailed;
    return tx.commit() ? Outcome::Done : Outcome::StorageFailed;
}

UserDirectory::Outcome UserDirectory::setPassword(const QString &login, const QString &passwordHash)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Outcome::StorageFailed;
    auto changed = m_db.exec(QStringLiteral("UPDATE console_users SET password_hash = ? WHERE login = ?"), {passwordHash, login});
    if (!changed)
        return Outcome::StorageFailed;
    if (changed->numRowsAffected() == 0)
        return Outcome::NotFound;
    if (!m_db.exec(QStringLiteral("DELETE FROM console_sessions WHERE login = ?"), {login}))
        return Outcome::StorageFailed;
    return tx.commit() ? Outcome::Done : Outcome::StorageFailed;
}

std::optional<QList<UserDirectory::Account>> UserDirectory::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM console_users ORDER BY login").arg(columns));
    if (!q)
        return std::nullopt;
    QList<Account> list;
    while (q->next())
        list.append(accountOf(*q));
    return list;
}

} // namespace server::console
