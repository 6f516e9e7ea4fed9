// SPDX-License-Identifier: GPL-3.0-or-later
// The station credential lives in the configuration directory, owner-only, and a file others
// could read is refused with one log line that names the file and never its contents.
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/syncclient.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kiosksync;

namespace {

QStringList g_logged;

void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type >= QtWarningMsg)
        g_logged.append(message);
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

const core::wire::Credential kCredential{QStringLiteral("st1"), QStringLiteral("TOKEN-8d1f-secret"),
                                          QStringLiteral("CACHEKEY-55e0-secret")};

} // namespace

class SyncCredentialTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDefaultPlaceIsTheConfigurationDirectory()
    {
        const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!config.isEmpty());
        QVERIFY(CredentialFile::defaultPath().startsWith(config + u'/'));
        // The store's default folder is the data folder: the credential is not beside it.
        QCOMPARE_NE(QFileInfo(CredentialFile::defaultPath()).absolutePath(), QFileInfo(data + u"/kiosk.db"_qs).absolutePath());
    }

    void writtenOwnerOnlyInAFolderOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config/station-kiosk/station.credential"_qs);
        QVERIFY(CredentialFile::write(path, kCredential));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
        // Rewriting an existing file keeps it private even if someone had opened it up.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(CredentialFile::write(path, kCredential));
        QCOMPARE(modeOf(path), 0600);
        CredentialFile::Problem problem = CredentialFile::Problem::Malformed;
        QCOMPARE(CredentialFile::read(path, &problem)->token, kCredential.token);
        QCOMPARE(problem, CredentialFile::Problem::None);
    }

    void aFileOthersCanReadIsRefusedWithOneLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"station.credential"_qs);
        QVERIFY(CredentialFile::write(path, kCredential));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        CredentialFile::Problem problem = CredentialFile::Problem::None;
        QVERIFY(!CredentialFile::read(path, &problem));
        QCOMPARE(problem, CredentialFile::Problem::TooOpen);
        const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();

        SyncSettings settings;
        settings.storePath = dir.filePath(u"kiosk.db"_qs);
        settings.credentialPath = path;
        settings.serverUrl = QUrl(u"http://127.0.0.1:9"_qs); // nothing listens: enrolling would fail differently
        settings.enrollmentCode = u"CODE-ONE"_qs;
        settings.minBackoffMs = settings.maxBackoffMs = 60000;
        g_logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        {
            SyncClient client(settings);
            QSignalSpy rounds(&client, &SyncClient::roundFinished);
            client.start();
            QVERIFY(rounds.wait(10000));
            QCOMPARE(rounds.first().at(0).toBool(), false);
            QVERIFY2(client.lastError().contains(u"chmod 600"), qPrintable(client.lastError()));
            QVERIFY(!client.enrolled());
            QVERIFY(client.stationSecret().isEmpty()); // the store is not keyed with it either
            client.stop();
        }
        qInstallMessageHandler(previous);

        const QStringList aboutIt = g_logged.filter(path);
        QCOMPARE(aboutIt.size(), 1);
        QVERIFY2(aboutIt.first().contains(u"0644") && aboutIt.first().contains(u"chmod 600"), qPrintable(aboutIt.first()));
        for (const QString &line : g_logged) {
            QVERIFY2(!line.contains(kCredential.token) && !line.contains(kCredential.cacheKey), qPrintable(line));
        }
        // Refused, not replaced: the kiosk did not enroll over it.
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void anOlderKiosksCredentialBesideTheStoreMovesIntoTheConfigurationDirectory()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"data/kiosk.db"_qs);
        const QString legacy = store + u".credential"_qs;
        const QString path = dir.filePath(u"config/station.credential"_qs);
        QVERIFY(CredentialFile::write(legacy, kCredential));

        SyncSettings settings;
        settings.storePath = store;
        settings.credentialPath = path;
        settings.minBackoffMs = settings.maxBackoffMs = 60000;
        SyncClient client(settings);
        QSignalSpy rounds(&client, &SyncClient::roundFinished);
        client.start();
        QVERIFY(rounds.wait(10000));
        client.stop();
        QVERIFY(!QFileInfo::exists(legacy));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(CredentialFile::read(path)->cacheKey, kCredential.cacheKey);
        QCOMPARE(client.stationSecret(), kCredential.cacheKey.toUtf8());
    }
};

QTEST_GUILESS_MAIN(SyncCredentialTest)
#include "tst_sync_credential.moc"
