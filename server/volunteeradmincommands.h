// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace server {

class Database;

/// @brief The coordinator's commands of `kiosk-server admin` for volunteers who register and
/// serve at the kiosks: pending registrations and their approval (a volunteer number) or
/// refusal, station duty waiting for approval, a volunteer's hours, the hours CSV for the
/// volunteer system of record and the certificate of service hours (志愿服务记录证明).
/// Each returns a process exit status (0 ok, 1 failed, 2 usage).
class VolunteerAdminCommands
{
public:
    VolunteerAdminCommands(Database &db, QTextStream &out, QTextStream &err, const QHash<QString, QString> &options,
                           const QStringList &flags)
        : m_db(db), m_out(out), m_err(err), m_options(options), m_flags(flags)
    {
    }

    /// The options these commands take without a value.
    [[nodiscard]] static QStringList flagNames();
    /// The commands that take the record id as their one plain argument (`approve ID`).
    [[nodiscard]] static QStringList commandsWithId();
    /// Whether the command prints a PDF (kiosk-server then starts the GUI application).
    [[nodiscard]] static bool printsPdf(const QStringList &arguments);
    [[nodiscard]] static QString usage();
    /// True when `command` is one of these; `status` gets its exit status.
    bool run(const QString &command, int *status);

private:
    int volunteers();
    int approve();
    int reject();
    int duty();
    int approveDuty();
    int rejectDuty();
    int hours();
    int hoursCsv();
    int certificate();
    int prefix();
    int issuer();

    [[nodiscard]] QString option(const QString &name) const { return m_options.value(name); }
    bool require(const QStringList &names);
    bool writeFile(const QString &path, const QByteArray &bytes);

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    const QHash<QString, QString> &m_options;
    const QStringList &m_flags;
};

} // namespace server
