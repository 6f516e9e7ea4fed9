// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <optional>
#include <QStringList>
#include <QTextStream>

namespace server {
class Database;
}

namespace server::console {

/// @brief The console's accounts in `kiosk-server admin`: user-create, user-disable, users.
///
/// A password never comes on the command line (every user of the machine sees it there, and
/// shells keep it in their history): from --password-file FILE or --password-stdin. Each
/// returns a process exit status (0 ok, 1 failed, 2 usage).
class ConsoleUserAdminCommands
{
public:
    ConsoleUserAdminCommands(Database &db, QTextStream &out, QTextStream &err, const QHash<QString, QString> &options,
                             const QStringList &flags)
        : m_db(db), m_out(out), m_err(err), m_options(options), m_flags(flags)
    {
    }

    /// The options these commands take without a value.
    [[nodiscard]] static QStringList flagNames();
    [[nodiscard]] static QString usage();
    /// True when `command` is one of these; `status` gets its exit status.
    bool run(const QString &command, int *status);

private:
    int create();
    int changePassword();
    int disable();
    int list();
    /// The password from --password-file or --password-stdin (without the line end); nullopt
    /// and a message when there is none or it is too short.
    std::optional<QString> readPassword();
    /// The Argon2id hash of readPassword(); nullopt, a message and the exit status in `failure`
    /// (2 no or a short password, 1 the hash failed) otherwise.
    std::optional<QString> readPasswordHash(int *failure);
    /// True, with a message, when --password was given: never on the command line.
    bool refusedPasswordOnCommandLine();

    [[nodiscard]] QString option(const QString &name) const { return m_options.value(name); }

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    const QHash<QString, QString> &m_options;
    const QStringList &m_flags;
};

} // namespace server::console
