// SPDX-License-Identifier: GPL-3.0-or-later
// `kiosk --check`: each check on real parts (a real store file, a real kiosk-server on
// loopback, real files with real modes) and the real `kiosk --check` process's lines and exit.
#include "kiosk/check/configcheck.h"
#include "kiosk/check/credentialcheck.h"
#include "kiosk/check/servercheck.h"
#include "kiosk/check/storecheck.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/store/database.h"
#include "kiosk/store/migrations.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A loopback port nothing listens on (taken, then given back).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    file.close();
    QFile::setPermissions(path, mode);
}

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class StationCheckTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_serverDir;
    std::unique_ptr<ServerProcess> m_server;

    /// A real kiosk-server on loopback, with a fresh SQLite database (it migrates it at start).
    bool startServer()
    {
        if (m_server)
            return true;
        m_serverDir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite:") + m_serverDir->filePath(QStringLiteral("server.db")));
        return m_server->start();
    }

    /// `kiosk --check --config INI` with its own folders; stdout lines and exit status.
    int runKioskCheck(const QString &ini, QStringList *lines, QByteArray *all = nullptr)
    {
        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        // A platform that cannot start here (no X server): --check must not open a window.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        kiosk.setProcessEnvironment(env);
        kiosk.start(QStringLiteral(KIOSK_BINARY), {QStringLiteral("--check"), QStringLiteral("--config"), ini});
        if (!kiosk.waitForFinished(60000))
            return -1;
        const QByteArray out = kiosk.readAllStandardOutput();
        if (all)
            *all = out + kiosk.readAllStandardError();
        *lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        return kiosk.exitStatus() == QProcess::NormalExit ? kiosk.exitCode() : -2;
    }

    QString stationIni(const QString &name, const QString &serverUrl)
    {
        const QString ini = m_dir.filePath(name + QStringLiteral(".ini"));
        writeFile(ini,
                  QStringLiteral("[station]\nid=st-check\ndemo=true\n"
                                 "[server]\nurl=%1\nenrollment_code=CODE-SECRET-4711\ncredential_path=%2\n"
                                 "[store]\npath=%3\n[reader]\ntransport=simulated\n")
                      .arg(serverUrl, m_dir.filePath(name + QStringLiteral(".credential")),
                           m_dir.filePath(name + QStringLiteral(".db")))
                      .toUtf8(),
                  kPrivate | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return ini;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aStoreFileReportsItsSchemaAndOutbox()
    {
        const QString path = m_dir.filePath(QStringLiteral("current.db"));
        {
            store::Database db(path);
            QVERIFY(db.open().ok());
        }
        KioskConfig config;
        config.storePath = path;
        const CheckResult result = StoreCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Ok);
        QVERIFY2(result.detail.contains(QStringLiteral("schema version %1 (current)").arg(store::Migrations::latest())),
                 qPrintable(result.detail));
        QVERIFY2(result.detail.contains(u"0 item(s) waiting in the outbox"), qPrintable(result.detail));
        QVERIFY(result.line().startsWith(u"ok   store: "));
    }

    void aStoreFromANewerKioskFailsAndIsLeftAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            store::Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(store::Migrations::latest() + 3)).ok());
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        KioskConfig config;
        config.storePath = path;
        const CheckResult result = StoreCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Fail);
        // The store's own TooNew words, and the versions.
        QVERIFY2(result.detail.contains(u"written by a newer version of the kiosk"), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(QStringLiteral("%1 > %2").arg(store::Migrations::latest() + 3).arg(store::Migrations::latest())),
                 qPrintable(result.detail));
        QVERIFY(result.line().startsWith(u"FAIL store: "));
        // Not migrated, not deleted, not one byte changed.
        QCOMPARE(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(before, QCryptographicHash::Sha256));
    }

    void aMissingStoreIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-yet.db"));
        KioskConfig config;
        config.storePath = path;
        const CheckResult result = StoreCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Ok);
        QVERIFY2(result.detail.contains(u"will be created at first start"), qPrintable(result.detail));
        QVERIFY(!QFile::exists(path));
    }

    void aStationWithoutASecretFailsTheStore()
    {
        KioskConfig config;
        config.demo = false;
        config.storePath = m_dir.filePath(QStringLiteral("no-secret.db"));
        QCOMPARE(StoreCheck::run(config).level, CheckResult::Level::Fail);
    }

    void aMissingConfigFileFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.ini"));
        const CheckResult result = ConfigCheck::run(path, KioskConfig::load(path));
        QCOMPARE(result.level, CheckResult::Level::Fail);
        QVERIFY(result.line().startsWith(u"FAIL config: "));
        QVERIFY(result.detail.contains(u"nowhere.ini"));
    }

    void badValuesInTheConfigWarnOnOneLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.ini"));
        writeFile(path, "[screen]\nrotation=45\n[session]\ninactivity_seconds=soon\n", kPrivate);
        const CheckResult result = ConfigCheck::run(path, KioskConfig::load(path));
        QCOMPARE(result.level, CheckResult::Level::Warn);
        QVERIFY2(result.detail.contains(u"[screen] rotation") && result.detail.contains(u"[session] inactivity_seconds"),
                 qPrintable(result.detail));
        QVERIFY(!result.line().contains(u'\n'));
    }

    void theCredentialFileAsThePackageMakesIt()
    {
        // Empty, 0600: not enrolled; fine with an enrollment code, FAIL without one.
        const QString path = m_dir.filePath(QStringLiteral("packaged.credential"));
        writeFile(path, {}, kPrivate);
        KioskConfig config;
        config.credentialPath = path;
        config.enrollmentCode = QStringLiteral("CODE-SECRET-4711");
        CheckResult result = CredentialCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Ok);
        QVERIFY2(result.detail.contains(u"not enrolled yet"), qPrintable(result.detail));
        QVERIFY(!result.detail.contains(u"CODE-SECRET"));
        config.enrollmentCode.clear();
        QCOMPARE(CredentialCheck::run(config).level, CheckResult::Level::Fail);
        // Readable by the group (or others) fails, naming the mode: the sync client refuses it too.
        config.enrollmentCode = QStringLiteral("CODE-SECRET-4711");
        QFile::setPermissions(path, kPrivate | QFileDevice::ReadGroup);
        result = CredentialCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Fail);
        QVERIFY2(result.detail.contains(u"0640"), qPrintable(result.detail));
    }

    void aRunningServerAnswersItsHealth()
    {
        QVERIFY(startServer());
        KioskConfig config;
        config.serverUrl = m_server->baseUrl();
        const CheckResult result = ServerCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Ok);
        QVERIFY2(QRegularExpression(QStringLiteral("/v1/health answered in \\d+ ms$")).match(result.detail).hasMatch(),
                 qPrintable(result.detail));
    }

    void aClosedPortFailsTheServer()
    {
        KioskConfig config;
        config.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        const CheckResult result = ServerCheck::run(config);
        QCOMPARE(result.level, CheckResult::Level::Fail);
        QVERIFY(result.line().startsWith(u"FAIL server: "));
    }

    void theKioskProcessPrintsOneLinePerCheckAndExits()
    {
        QVERIFY(startServer());
        static const QRegularExpression shape(QStringLiteral("^(ok   |warn |FAIL )([a-z]+): \\S"));
        const QStringList names = {QStringLiteral("config"), QStringLiteral("store"), QStringLiteral("credential"),
                                   QStringLiteral("reader"), QStringLiteral("speech"), QStringLiteral("audio"),
                                   QStringLiteral("server")};

        // Against the running server: nothing fails (audio may warn: no sound server here).
        QStringList lines;
        QByteArray all;
        const int good = runKioskCheck(stationIni(QStringLiteral("good"), m_server->baseUrl()), &lines, &all);
        QCOMPARE(lines.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const auto match = shape.match(lines[i]);
            QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
            QCOMPARE(match.captured(2), names[i]);
        }
        QVERIFY2(good == 0, all.constData());
        QVERIFY2(lines.last().startsWith(u"ok   server: "), qPrintable(lines.last()));
        QVERIFY(!all.contains("CODE-SECRET")); // the enrollment code is a secret

        // The server's port closed: the server line fails, and so does the process.
        const int bad = runKioskCheck(stationIni(QStringLiteral("bad"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort())),
                                      &lines, &all);
        QCOMPARE(bad, 1);
        QCOMPARE(lines.size(), names.size());
        QVERIFY2(lines.last().startsWith(u"FAIL server: "), qPrintable(lines.last()));
        // No store was made by checking it.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.db"))));
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(StationCheckTest)
#include "tst_stationcheck.moc"
