// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace server {

class Database;

/// @brief The commands of `kiosk-server admin` for station services: a service with its texts,
/// weekly pattern and capacity; slots made from that pattern; a day closed; the catalogue
/// imported from CSV; a station's bookings (the refused ones with the phone, for staff to call).
/// Each returns a process exit status (0 ok, 1 failed, 2 usage).
class BookingAdminCommands
{
public:
    BookingAdminCommands(Database &db, QTextStream &out, QTextStream &err, const QHash<QString, QString> &options,
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
    int serviceAdd();
    int slotsGenerate();
    int dayClose();
    int servicesImport();
    int bookings();

    [[nodiscard]] QString option(const QString &name) const { return m_options.value(name); }
    /// --station, or --station-id as the other commands call it.
    [[nodiscard]] QString station() const;
    bool require(const QStringList &names);

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    const QHash<QString, QString> &m_options;
    const QStringList &m_flags;
};

} // namespace server
