// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace server {

class Database;

/// @brief The key that seals ID numbers and stations' cache keys: `kiosk-server keygen FILE`
/// makes one, `kiosk-server admin rotate-key --db URL --key-file OLD --new-key-file NEW` seals
/// every sealed column again with a new one (server/README.md, "Secrets at rest").
class KeyAdminCommands
{
public:
    KeyAdminCommands(Database &db, QTextStream &out, QTextStream &err, const QHash<QString, QString> &options)
        : m_db(db), m_out(out), m_err(err), m_options(options)
    {
    }

    [[nodiscard]] static QString usage();
    /// `kiosk-server keygen FILE`: a new random key, mode 0600, never over an existing file.
    static int keygen(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// True when `command` is one of these; `status` is then the exit status.
    bool run(const QString &command, int *status);

private:
    int rotate();

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    const QHash<QString, QString> &m_options;
};

} // namespace server
