// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace server {

class Database;

/// @brief Staff's commands of `kiosk-server admin` for the certificate procedures visitors
/// start at the kiosks: the queue (`applications`) and its moves (`set-status --application`).
/// Each returns a process exit status (0 ok, 1 failed, 2 usage). The queue prints phones and
/// masked ID numbers to the terminal for staff to call; never to a log.
class ApplicationAdminCommands
{
public:
    ApplicationAdminCommands(Database &db, QTextStream &out, QTextStream &err, const QHash<QString, QString> &options,
                             const QStringList &flags)
        : m_db(db), m_out(out), m_err(err), m_options(options), m_flags(flags)
    {
    }

    [[nodiscard]] static QString usage();
    /// True when `command` is one of these (set-status only with --application); `status`
    /// gets its exit status.
    bool run(const QString &command, int *status);

private:
    int applications();
    int setStatus();

    [[nodiscard]] QString option(const QString &name) const { return m_options.value(name); }

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    const QHash<QString, QString> &m_options;
    const QStringList &m_flags;
};

} // namespace server
