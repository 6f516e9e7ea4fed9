// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

QString ServerProcess::runKeyFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("kiosk-server.key"));
        QProcess keygen;
        keygen.start(QStringLiteral(KIOSK_SERVER_BIN), {QStringLiteral("keygen"), file});
        keygen.waitForFinished(30000);
        if (keygen.exitStatus() != QProcess::NormalExit || keygen.exitCode() != 0) {
            qWarning("kiosk-server keygen failed: %s", keygen.readAllStandardError().constData());
            return QString();
        }
        return file;
    }();
    return path;
}

QString ServerProcess::keyFile() const
{
    if (!m_keyFile.isEmpty())
        return m_keyFile;
    const QString fromEnvironment = qEnvironmentVariable("KIOSK_SERVER_KEY_FILE");
    return fromEnvironment.isEmpty() ? runKeyFile() : fromEnvironment;
}

bool ServerProcess::start(quint16 port, const QStringList &extra)
{
    m_process.setProgram(QStringLiteral(KIOSK_SERVER_BIN));
    m_process.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                       QStringLiteral("--db"), m_dbUrl, QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                       QStringLiteral("--access-log"), QStringLiteral("--key-file"), keyFile()}
                           + extra);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
    }
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
    m_log += m_process.readAllStandardError();
}

QByteArray ServerProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

int ServerProcess::admin(const QStringList &args, QString *output) const
{
    QProcess p;
    p.start(QStringLiteral(KIOSK_SERVER_BIN),
            QStringList{QStringLiteral("admin")} + args
                + QStringList{QStringLiteral("--db"), m_dbUrl, QStringLiteral("--key-file"), keyFile()});
    p.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
