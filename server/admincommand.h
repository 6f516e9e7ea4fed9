// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace server {

/// @brief `kiosk-server admin <command> --db URL ...`: stations, imports, assignments, statuses,
/// statistics, the lookup audit and the demo seed. Returns a process exit status (0 ok, 1 failed, 2 usage).
class AdminCommand
{
public:
    AdminCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);
    [[nodiscard]] static QString usage();
    /// The demo's server-only certificate (another district): found only by online lookup.
    static constexpr const char *demoLookupIdNumber = "120103197208150037";

private:
    int demoSeed();
    int stationCreate();
    int stationCode();
    int stationRevoke();
    int stationUnrevoke();
    int stationList();
    int importCsv(bool certificates);
    int setStatus();
    int stats();
    int lookupAudit();

    [[nodiscard]] QString option(const QString &name) const { return m_options.value(name); }
    bool require(const QStringList &names);

    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_options;
    QStringList m_flags;
    class Database *m_db = nullptr;
};

} // namespace server
