// SPDX-License-Identifier: GPL-3.0-or-later
// The station credential lives in the configuration directory, owner-only, and a file others
// could read is refused with one log line that names the file and never its contents.
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/syncclient.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

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

/// Root writes anywhere: for as long as it lives, this thread (capabilities are per thread)
/// goes without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so a folder's mode 0500 keeps even
/// root from making a file in it, as it keeps the kiosk user out of /etc/station-kiosk.
class WithoutFileOverride
{
public:
    WithoutFileOverride()
    {
        if (::geteuid() != 0) {
            m_ok = true; // an ordinary user obeys the modes anyway
            return;
        }
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_ok = m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutFileOverride()
    {
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_ok = false;
    bool m_dropped = false;
};

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

    void anEmptyFileIsNotEnrolledYet()
    {
        // The package makes /etc/station-kiosk/credential empty, kiosk:kiosk 0600.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"credential"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        CredentialFile::Problem problem = CredentialFile::Problem::None;
        QVERIFY(!CredentialFile::read(path, &problem));
        QCOMPARE(problem, CredentialFile::Problem::Missing);
    }

    void enrollsIntoTheEmptyFileOfAReadOnlyFolder()
    {
        // /etc/station-kiosk as packaged: the folder read-only, only the empty credential file
        // writable (the unit's ReadWritePaths names the file, not the folder).
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"station-kiosk"_qs);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/credential"_qs;
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0500), 0);
        const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(folder).constData(), 0700); });

        WithoutFileOverride withoutOverride;
        if (!withoutOverride.ok())
            QSKIP("cannot give up CAP_DAC_OVERRIDE here: a read-only folder would not stop root");
        // The set-up holds: nothing can be made beside the credential (QSaveFile's temporary
        // file cannot either), so what follows is the write into the file itself.
        QFile probe(folder + u"/probe"_qs);
        QVERIFY(!probe.open(QIODevice::WriteOnly));

        // The enrollment's nonce waits inside the not-yet-enrolled file, and is the same next time.
        const QString nonce = CredentialFile::enrollmentNonce(path);
        QVERIFY(!nonce.isEmpty());
        QCOMPARE(CredentialFile::enrollmentNonce(path), nonce);
        CredentialFile::Problem problem = CredentialFile::Problem::None;
        QVERIFY(!CredentialFile::read(path, &problem));
        QCOMPARE(problem, CredentialFile::Problem::Missing);

        QVERIFY(CredentialFile::write(path, kCredential));
        CredentialFile::forgetEnrollmentNonce(path);
        const auto back = CredentialFile::read(path, &problem);
        QCOMPARE(problem, CredentialFile::Problem::None);
        QVERIFY(back);
        QCOMPARE(back->token, kCredential.token);
        QCOMPARE(back->cacheKey, kCredential.cacheKey);
        QCOMPARE(modeOf(path), 0600);
        // The folder is as it was: not opened up, nothing else in it.
        QCOMPARE(modeOf(folder), 0500);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"credential"_qs});
    }

    void anOlderKiosksCredentialMovesIntoThePackagesEmptyFile()
    {
        QTemporaryDir dir;
        const QString legacy = dir.filePath(u"data/kiosk.db.credential"_qs);
        const QString path = dir.filePath(u"etc/credential"_qs);
        QVERIFY(CredentialFile::write(legacy, kCredential));
        QVERIFY(QDir().mkpath(dir.filePath(u"etc"_qs)));
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(CredentialFile::moveLegacy(legacy, path));
        QVERIFY(!QFileInfo::exists(legacy));
        QCOMPARE(CredentialFile::read(path)->token, kCredential.token);
        // A real credential there is never overwritten by a legacy one.
        QVERIFY(CredentialFile::write(legacy, core::wire::Credential{u"st9"_qs, u"OTHER"_qs, u"KEY"_qs}));
        QVERIFY(!CredentialFile::moveLegacy(legacy, path));
        QCOMPARE(CredentialFile::read(path)->token, kCredential.token);
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
