// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/logging/journallevelprefix.h"

#include <QList>

#include <cstdio>

#include <sys/stat.h>

namespace {

void writeToJournal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = JournalLevelPrefix::format(type, context, message);
    // One write per message: lines from two threads are not interleaved mid-line.
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    // Qt itself aborts after the handler for a fatal message.
}

} // namespace

const char *JournalLevelPrefix::prefixFor(QtMsgType type)
{
    switch (type) {
    case QtFatalMsg:
        return "<2>";
    case QtCriticalMsg:
        return "<3>";
    case QtWarningMsg:
        return "<4>";
    case QtInfoMsg:
        return "<6>";
    case QtDebugMsg:
        return "<7>";
    }
    return "<6>";
}

QByteArray JournalLevelPrefix::format(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray prefix = prefixFor(type);
    QByteArray out;
    // A message of several lines: journald makes one entry per line, each needs its level.
    const QList<QByteArray> lines = qFormatLogMessage(type, context, message).toUtf8().split('\n');
    for (const QByteArray &line : lines)
        out += prefix + line + '\n';
    return out;
}

bool JournalLevelPrefix::stderrIsJournal()
{
    // systemd sets JOURNAL_STREAM=<device>:<inode> of the stream it connected; a child whose
    // stderr was redirected elsewhere inherits the variable, so it only counts when it still
    // names this process's stderr (systemd.exec(5)).
    const QByteArray value = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = value.indexOf(':');
    if (colon <= 0)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = value.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = value.mid(colon + 1).toULongLong(&inodeOk);
    struct stat st {};
    if (!deviceOk || !inodeOk || ::fstat(2, &st) != 0)
        return false;
    return qulonglong(st.st_dev) == device && qulonglong(st.st_ino) == inode;
}

bool JournalLevelPrefix::installIfJournal()
{
    if (!stderrIsJournal())
        return false;
    qInstallMessageHandler(writeToJournal);
    return true;
}
