// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/// @brief Qt's log lines with their level for journald: when stderr is the journal
/// (JOURNAL_STREAM names stderr), each line starts with the syslog prefix journald reads as
/// PRIORITY ("<2>" fatal, "<3>" critical, "<4>" warning, "<6>" info, "<7>" debug).
///
/// Debian 12's Qt 6.4 is built without journald support (libQt6Core does not link libsystemd),
/// so Qt cannot send levels itself; its plain stderr lines would all be recorded as info.
class JournalLevelPrefix
{
public:
    /// Installs the message handler when stderr is the journal; otherwise leaves Qt's own.
    /// True when installed.
    static bool installIfJournal();
    /// JOURNAL_STREAM is set and names this process's stderr (its device and inode).
    [[nodiscard]] static bool stderrIsJournal();
    /// `message` formatted by Qt's message pattern, every line prefixed for `type`, ending "\n".
    [[nodiscard]] static QByteArray format(QtMsgType type, const QMessageLogContext &context, const QString &message);
    /// "<3>" and so on.
    [[nodiscard]] static const char *prefixFor(QtMsgType type);
};
