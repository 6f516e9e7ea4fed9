// SPDX-License-Identifier: GPL-3.0-or-later
// Log lines carry their level into the journal: the prefixes themselves, and the real `kiosk`
// process writing them when its stderr is the stream JOURNAL_STREAM names.
#include "kiosk/logging/journallevelprefix.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class JournalLevelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// The kiosk's stderr from one screenshot run with a bad value in its INI; JOURNAL_STREAM
    /// names the stderr file itself when `journal`, another file otherwise.
    QByteArray kioskStderr(bool journal)
    {
        const QString ini = m_dir.filePath(QStringLiteral("bad.ini"));
        QFile file(ini);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("[station]\ndemo=true\n[server]\nurl=\n[session]\ninactivity_seconds=soon\n");
        file.close();
        const QString errPath = m_dir.filePath(journal ? QStringLiteral("journal.err") : QStringLiteral("plain.err"));
        QFile err(errPath);
        if (!err.open(QIODevice::WriteOnly))
            return {};
        err.close();
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QFile(other).open(QIODevice::WriteOnly);
        struct stat st {};
        if (::stat(QFile::encodeName(journal ? errPath : other).constData(), &st) != 0)
            return {};

        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("JOURNAL_STREAM"), QStringLiteral("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino)));
        kiosk.setProcessEnvironment(env);
        kiosk.setStandardErrorFile(errPath);
        kiosk.start(QStringLiteral(KIOSK_BINARY), {QStringLiteral("--config"), ini, QStringLiteral("--screenshot"),
                                                    m_dir.filePath(QStringLiteral("page.png"))});
        if (!kiosk.waitForFinished(60000))
            return {};
        QFile result(errPath);
        return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
    }

private slots:
    void eachLevelHasItsSyslogPrefix()
    {
        const QMessageLogContext context;
        QCOMPARE(JournalLevelPrefix::format(QtFatalMsg, context, QStringLiteral("x")), QByteArray("<2>x\n"));
        QCOMPARE(JournalLevelPrefix::format(QtCriticalMsg, context, QStringLiteral("x")), QByteArray("<3>x\n"));
        QCOMPARE(JournalLevelPrefix::format(QtWarningMsg, context, QStringLiteral("x")), QByteArray("<4>x\n"));
        QCOMPARE(JournalLevelPrefix::format(QtInfoMsg, context, QStringLiteral("x")), QByteArray("<6>x\n"));
        QCOMPARE(JournalLevelPrefix::format(QtDebugMsg, context, QStringLiteral("x")), QByteArray("<7>x\n"));
        // journald makes an entry of each line: each keeps the level.
        QCOMPARE(JournalLevelPrefix::format(QtWarningMsg, context, QStringLiteral("one\ntwo")),
                 QByteArray("<4>one\n<4>two\n"));
    }

    void theKioskWritesLevelsWhenItsStderrIsTheJournal()
    {
        const QByteArray journal = kioskStderr(true);
        QVERIFY2(journal.contains("<4>kiosk: config: [session] inactivity_seconds"), journal.constData());
        const QByteArray plain = kioskStderr(false);
        QVERIFY2(plain.contains("kiosk: config: [session] inactivity_seconds"), plain.constData());
        QVERIFY2(!plain.contains("<4>"), plain.constData());
    }

    void withoutTheVariableQtsOwnHandlerStays()
    {
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(!JournalLevelPrefix::stderrIsJournal());
        qputenv("JOURNAL_STREAM", "1:2");
        QVERIFY(!JournalLevelPrefix::stderrIsJournal());
        qunsetenv("JOURNAL_STREAM");
    }
};

QTEST_GUILESS_MAIN(JournalLevelsTest)
#include "tst_journallevels.moc"
