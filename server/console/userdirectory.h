// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleuser.h"

#include <QList>
#include <QString>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief The console's accounts (table console_users): who may sign in, as which role.
///
/// Accounts are made and disabled with `kiosk-server admin`; a disabled one keeps its row so
/// the history and the audit still name the person.
class UserDirectory
{
public:
    struct Account
    {
        ConsoleUser user;
        QString passwordHash;
        qint64 createdAt = 0;
        std::optional<qint64> disabledAt;
        [[nodiscard]] bool isDisabled() const { return disabledAt.has_value(); }
    };

    enum class Outcome { Done, LoginTaken, NotFound, StorageFailed };

    explicit UserDirectory(Database &db);

    /// [a-z0-9._-]{2,40}
    [[nodiscard]] static bool isValidLogin(const QString &login);
    /// Why this user cannot be an account (empty: it can): a login that is not valid, no name,
    /// a district role without its district, a station role without its station.
    [[nodiscard]] static QString problem(const ConsoleUser &user);

    /// Adds an account; LoginTaken when the login exists (disabled or not).
    Outcome create(const ConsoleUser &user, const QString &passwordHash);
    /// The account of `login`: nullopt when the query failed, an empty inner optional when
    /// there is no such account.
    [[nodiscard]] std::optional<std::optional<Account>> find(const QString &login);
    /// Disables the account and ends its sessions, in one transaction.
    Outcome disable(const QString &login);
    /// Gives the account a new password hash and ends its sessions, in one transaction (a
    /// browser signed in with the old password, perhaps someone else's, is signed out). A
    /// disabled account stays disabled.
    Outcome setPassword(const QString &login, const QString &passwordHash);
    /// Every account, by login; nullopt when the query failed.
    [[nodiscard]] std::optional<QList<Account>> all();

private:
    Database &m_db;
};

} // namespace server::console
