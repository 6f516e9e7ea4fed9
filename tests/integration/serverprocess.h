// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

/// @brief A real kiosk-server process on loopback for end-to-end tests.
class ServerProcess
{
public:
    explicit ServerProcess(QString dbUrl) : m_dbUrl(std::move(dbUrl)) {}
    ~ServerProcess() { kill(); }

    /// Starts the server (port 0: any free port, remembered for restarts); false on failure.
    bool start(quint16 port = 0, const QStringList &extra = {});
    /// SIGKILL: no clean shutdown, as in a crash or power cut.
    void kill();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    /// Everything the server wrote to stderr so far (the access log).
    QByteArray log();
    /// `kiosk-server admin ARGS --db URL`; returns the exit status, output in `output`.
    int admin(const QStringList &args, QString *output = nullptr) const;

    /// The key file (sealed ID numbers and station keys) this server and its admin commands are
    /// given: KIOSK_SERVER_KEY_FILE when set (TestDatabase sets it for the database it made),
    /// else one made with `kiosk-server keygen` once per test run, so every server of a run
    /// (two on one PostgreSQL) shares it. setKeyFile() names another one.
    [[nodiscard]] QString keyFile() const;
    void setKeyFile(const QString &path) { m_keyFile = path; }
    /// The key file made once for this test run (empty when keygen failed).
    [[nodiscard]] static QString runKeyFile();

private:
    QString m_dbUrl;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
    QString m_keyFile;
};
