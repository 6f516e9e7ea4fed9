// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace server {

class Database;

/// @brief The coordinator's commands of `kiosk-server admin` for volunteer help: matching a
/// request to volunteers, assigning one, a volunteer's record with ratings, and the stations'
/// lists of places. Each returns a process exit status (0 ok, 1 failed, 2 usage).
class HelpAdminCommands
{
public:
    HelpAdminCommands(Database &db, QTextStream &out, QTextStream &err, const QHash<QString, QString> &options,
                      const QStringList &flags)
        : m_db(db), m_out(out), m_err(err), m_options(options), m_flags(flags)
    {
    }

    /// The usage lines of these commands.
    [[nodiscard]] static QString usage();
    /// True when `command` is one of these; `status` gets its exit status.
    bool run(const QString &command, int *status);

private:
    int match();
    int assign();
    int volunteer();
    int placeAdd();
    int placeRemove();
    int places();

    [[nodiscard]] QString option(const QString &name) const { return m_options.value(name); }
    bool require(const QStringList &names);

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    const QHash<QString, QString> &m_options;
    const QStringList &m_flags;
};

} // namespace server
