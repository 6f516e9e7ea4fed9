// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consoleuseradmincommands.h"

#include "server/console/passwordhash.h"
#include "server/console/userdirectory.h"
#include "server/database.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace server::console {

namespace {

/// The text without its one trailing line end ("\n" or "\r\n"): what a file or a pipe adds.
QString withoutLineEnd(QByteArray bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

QStringList ConsoleUserAdminCommands::flagNames()
{
    return {QStringLiteral("password-stdin")};
}

QString ConsoleUserAdminCommands::usage()
{
    return QStringLiteral(
        "  user-create --login L --name NAME --role city|district|station [--district D] [--station S]\n"
        "              (--password-file FILE | --password-stdin)\n"
        "                                            a coordinators' console account (password at least 10\n"
        "                                            characters, never on the command line)\n"
        "  user-password --login L (--password-file FILE | --password-stdin)\n"
        "                                            a new password (a forgotten one, or one another person\n"
        "                                            may know); the account's sessions end\n"
        "  user-disable --login L                    the account can no longer sign in; its sessions end\n"
        "  users                                     the console's accounts, their roles and scopes\n");
}

bool ConsoleUserAdminCommands::run(const QString &command, int *status)
{
    if (command == u"user-create")
        *status = create();
    else if (command == u"user-password")
        *status = changePassword();
    else if (command == u"user-disable")
        *status = disable();
    else if (command == u"users")
        *status = list();
    else
        return false;
    return true;
}

bool ConsoleUserAdminCommands::refusedPasswordOnCommandLine()
{
    if (!m_options.contains(QStringLiteral("password")))
        return false;
    m_err << "a password on the command line is seen by every user of this machine and kept in the shell's "
             "history: use --password-file FILE or --password-stdin\n";
    return true;
}

std::optional<QString> ConsoleUserAdminCommands::readPassword()
{
    const bool fromStdin = m_flags.contains(QStringLiteral("password-stdin"));
    const QString file = option(QStringLiteral("password-file"));
    if (fromStdin == !file.isEmpty()) {
        m_err << "give the password with exactly one of --password-file FILE or --password-stdin\n";
        return std::nullopt;
    }
    QByteArray bytes;
    if (fromStdin) {
        // One line: what `echo` or a password manager pipes in.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_err << "cannot read the password from standard input\n";
            return std::nullopt;
        }
        bytes = in.readLine(4096);
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            m_err << "cannot read the password file " << file << ": " << in.errorString() << "\n";
            return std::nullopt;
        }
        bytes = in.readLine(4096);
    }
    const QString password = withoutLineEnd(bytes);
    if (password.size() < PasswordHash::minimumLength) {
        m_err << "the password must have at least " << PasswordHash::minimumLength << " characters\n";
        return std::nullopt;
    }
    return password;
}

std::optional<QString> ConsoleUserAdminCommands::readPasswordHash(int *failure)
{
    const auto password = readPassword();
    if (!password) {
        *failure = 2;
        return std::nullopt;
    }
    auto hash = PasswordHash::hash(*password);
    if (!hash) {
        m_err << "cannot hash the password (libsodium could not start or has no memory)\n";
        *failure = 1;
    }
    return hash;
}

int ConsoleUserAdminCommands::create()
{
    if (refusedPasswordOnCommandLine())
        return 2;
    const auto role = roleFromName(option(QStringLiteral("role")));
    if (!role) {
        m_err << "--role must be city, district or station\n";
        return 2;
    }
    ConsoleUser user;
    user.login = option(QStringLiteral("login"));
    user.displayName = option(QStringLiteral("name"));
    user.role = *role;
    user.district = option(QStringLiteral("district"));
    user.stationId = option(QStringLiteral("station"));
    if (user.role == ConsoleRole::Station && !user.stationId.isEmpty()) {
        // A station account belongs to its station's district, taken from the station.
        auto q = m_db.exec(QStringLiteral("SELECT district FROM stations WHERE id = ?"), {user.stationId});
        if (!q) {
            m_err << "cannot read the stations: " << m_db.lastError() << "\n";
            return 1;
        }
        if (!q->next()) {
            m_err << "there is no station " << user.stationId << " (station-create first)\n";
            return 1;
        }
        const QString district = q->value(0).toString();
        if (!user.district.isEmpty() && user.district != district) {
            m_err << "station " << user.stationId << " is in district '" << district << "', not '" << user.district << "'\n";
            return 2;
        }
        user.district = district;
    }
    const QString problem = UserDirectory::problem(user);
    if (!problem.isEmpty()) {
        m_err << problem << "\n";
        return 2;
    }
    int failure = 0;
    const auto hash = readPasswordHash(&failure);
    if (!hash)
        return failure;
    switch (UserDirectory(m_db).create(user, *hash)) {
    case UserDirectory::Outcome::Done:
        m_out << "console account " << user.login << " (" << roleName(user.role) << ") created\n";
        return 0;
    case UserDirectory::Outcome::LoginTaken:
        m_err << "the login " << user.login << " is taken\n";
        return 1;
    default:
        m_err << "cannot store the account: " << m_db.lastError() << "\n";
        return 1;
    }
}

int ConsoleUserAdminCommands::changePassword()
{
    if (refusedPasswordOnCommandLine())
        return 2;
    const QString login = option(QStringLiteral("login"));
    if (login.isEmpty()) {
        m_err << "missing --login\n" << usage();
        return 2;
    }
    int failure = 0;
    const auto hash = readPasswordHash(&failure);
    if (!hash)
        return failure;
    switch (UserDirectory(m_db).setPassword(login, *hash)) {
    case UserDirectory::Outcome::Done:
        m_out << "console account " << login << " has a new password; its sessions ended\n";
        return 0;
    case UserDirectory::Outcome::NotFound:
        m_err << "there is no console account " << login << "\n";
        return 1;
    default:
        m_err << "cannot store the password: " << m_db.lastError() << "\n";
        return 1;
    }
}

int ConsoleUserAdminCommands::disable()
{
    const QString login = option(QStringLiteral("login"));
    if (login.isEmpty()) {
        m_err << "missing --login\n" << usage();
        return 2;
    }
    switch (UserDirectory(m_db).disable(login)) {
    case UserDirectory::Outcome::Done:
        m_out << "console account " << login << " disabled; its sessions ended\n";
        return 0;
    case UserDirectory::Outcome::NotFound:
        m_err << "there is no console account " << login << "\n";
        return 1;
    default:
        m_err << "cannot disable the account: " << m_db.lastError() << "\n";
        return 1;
    }
}

int ConsoleUserAdminCommands::list()
{
    const auto accounts = UserDirectory(m_db).all();
    if (!accounts) {
        m_err << "cannot read the accounts: " << m_db.lastError() << "\n";
        return 1;
    }
    m_out << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("login"), -24)
                 .arg(QStringLiteral("role"), -9)
                 .arg(QStringLiteral("district"), -14)
                 .arg(QStringLiteral("station"), -16)
                 .arg(QStringLiteral("name / state"));
    for (const UserDirectory::Account &a : *accounts) {
        const QString state = a.disabledAt ? QStringLiteral(" (disabled %1)")
                                                 .arg(QDateTime::fromMSecsSinceEpoch(*a.disabledAt, Qt::UTC).toString(Qt::ISODate))
                                           : QString();
        m_out << QStringLiteral("%1 %2 %3 %4 %5%6\n")
                     .arg(a.user.login, -24)
                     .arg(roleName(a.user.role), -9)
                     .arg(a.user.district.isEmpty() ? QStringLiteral("-") : a.user.district, -14)
                     .arg(a.user.stationId.isEmpty() ? QStringLiteral("-") : a.user.stationId, -16)
                     .arg(a.user.displayName, state);
    }
    m_out << accounts->size() << " accounts\n";
    return 0;
}

} // namespace server::console
