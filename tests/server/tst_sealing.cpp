// SPDX-License-Identifier: GPL-3.0-or-later
// ID numbers and stations' cache keys at rest: after an import and an online lookup, neither is
// anywhere in the database in plain (the SQLite file's bytes, every PostgreSQL table's rows),
// look-ups still work, a key rotation keeps them working and the old key then opens nothing,
// plain rows of an older server are sealed at start, and a key file others can read is refused.
#include "testdatabase.h"

#include "server/admincommand.h"
#include "server/certificatelookup.h"
#include "server/certificateregistry.h"
#include "server/csvimporter.h"
#include "server/database.h"
#include "server/migrations.h"
#include "server/sealer.h"
#include "server/secrets.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace server;

namespace {
const QString heping = QStringLiteral("11010519491231002X");
const QString hexi = QStringLiteral("120103197208150037");
} // namespace

class TestSealing : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_keys;

    QString admin(const QStringList &args, int *status)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        *status = AdminCommand(o, e).run(args + QStringList{QStringLiteral("--db"), m_scratch->urlText()});
        o.flush();
        e.flush();
        return out + err;
    }

    /// Everything the database holds, as bytes a thief with a copy would read: the SQLite file
    /// and its write-ahead log, or every row of every PostgreSQL table as text.
    QByteArray everythingStored()
    {
        if (!m_db->isPostgres()) {
            QByteArray bytes;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
                QFile f(m_scratch->url().path + suffix);
                if (f.open(QIODevice::ReadOnly))
                    bytes += f.readAll();
            }
            return bytes;
        }
        QByteArray rows;
        const QStringList tables = m_db->handle().tables();
        for (const QString &table : tables) {
            auto q = m_db->exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table));
            while (q && q->next())
                rows += q->value(0).toString().toUtf8() + '\n';
        }
        return rows;
    }

    void importAndLookUp()
    {
        QString error;
        StationRegistry stations(*m_db);
        QVERIFY2(stations.create(QStringLiteral("heping-1"), QStringLiteral("Heping 1"), QStringLiteral("Heping"), &error),
                 qPrintable(error));
        QVERIFY2(stations.create(QStringLiteral("hexi-1"), QStringLiteral("Hexi 1"), QStringLiteral("Hexi"), &error),
                 qPrintable(error));
        const auto report = CsvImporter(*m_db).importCertificates(
            QStringLiteral("id_number,holder_name,category,level,status,valid_until,station_id\n") + heping
            + QStringLiteral(",Zhang San,1,2,issued,2031-06-30,heping-1\n") + hexi
            + QStringLiteral(",Li Si,4,3,issued,2031-09-30,hexi-1\n"));
        QCOMPARE(report.imported, 2);
        const auto answer = CertificateLookup(*m_db).lookup(QStringLiteral("heping-1"), hexi);
        QVERIFY(answer && answer->found);
        QCOMPARE(answer->key, Secrets::hmac(stations.cacheKey(QStringLiteral("heping-1")), hexi));
    }

    /// What a station and the staff see keep working: the lookup answers, the key it was sent
    /// finds the ID number again.
    void verifyLookupsWork(Database &db)
    {
        StationRegistry stations(db);
        const QString cacheKey = stations.cacheKey(QStringLiteral("heping-1"));
        QCOMPARE(cacheKey.size(), 43); // 32 random bytes, base64url
        const auto answer = CertificateLookup(db).lookup(QStringLiteral("heping-1"), hexi);
        QVERIFY(answer && answer->found);
        QCOMPARE(answer->key, Secrets::hmac(cacheKey, hexi));
        QCOMPARE(CertificateRegistry(db).idNumberForKey(QStringLiteral("heping-1"), answer->key), hexi);
        const auto record = CertificateRegistry(db).find(heping);
        QVERIFY(record);
        QCOMPARE(record->holderName, QStringLiteral("Zhang San"));
    }

    QString newKeyFile(const QString &name)
    {
        const QString path = m_keys.filePath(name);
        QString error;
        if (!Sealer::writeNewKeyFile(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db && m_db->migrate(&error), qPrintable(error));
        QVERIFY(m_db->sealer());
    }

    void cleanup()
    {
        m_db.reset();
        m_scratch.reset();
    }

    void noIdNumberOrCacheKeyInPlain()
    {
        importAndLookUp();
        if (QTest::currentTestFailed())
            return;
        StationRegistry stations(*m_db);
        const QStringList secrets{heping, hexi, stations.cacheKey(QStringLiteral("heping-1")),
                                  stations.cacheKey(QStringLiteral("hexi-1"))};
        const QByteArray stored = everythingStored();
        QVERIFY(stored.contains("Zhang San")); // the scan reads the data (names are not sealed)
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!stored.contains(secret.toUtf8()), "a secret is stored in plain");
        }
        verifyLookupsWork(*m_db);
    }

    void rotationKeepsLookupsAndRetiresTheOldKey()
    {
        importAndLookUp();
        if (QTest::currentTestFailed())
            return;
        const QString oldCacheKey = StationRegistry(*m_db).cacheKey(QStringLiteral("heping-1"));
        const QString newKey = newKeyFile(QStringLiteral("new.key"));
        int status = -1;
        const QString said = admin({QStringLiteral("rotate-key"), QStringLiteral("--key-file"), m_scratch->keyFile(),
                                    QStringLiteral("--new-key-file"), newKey},
                                   &status);
        QVERIFY2(status == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("2 station cache keys and 2 ID numbers")), qPrintable(said));

        QString error;
        const auto fresh = Sealer::fromKeyFile(newKey, &error);
        QVERIFY2(fresh, qPrintable(error));
        auto withNew = Database::open(m_scratch->url(), &error);
        QVERIFY(withNew);
        withNew->setSealer(fresh);
        QVERIFY2(withNew->migrate(&error), qPrintable(error));
        verifyLookupsWork(*withNew);
        QCOMPARE(StationRegistry(*withNew).cacheKey(QStringLiteral("heping-1")), oldCacheKey); // the kiosks keep theirs

        // The old key opens nothing any more, and a server started with it refuses to start.
        const auto old = Sealer::fromKeyFile(m_scratch->keyFile(), &error);
        QVERIFY(old);
        auto withOld = Database::open(m_scratch->url(), &error);
        QVERIFY(withOld);
        withOld->setSealer(old);
        QVERIFY(StationRegistry(*withOld).cacheKey(QStringLiteral("heping-1")).isEmpty());
        QVERIFY(!CertificateRegistry(*withOld).find(heping));
        QVERIFY(!withOld->migrate(&error));
        QVERIFY2(error.contains(QStringLiteral("sealed with key %1").arg(fresh->keyId())), qPrintable(error));
        const QString refused = admin({QStringLiteral("stations"), QStringLiteral("--key-file"), m_scratch->keyFile()}, &status);
        QCOMPARE(status, 1);
        QVERIFY2(refused.contains(QStringLiteral("not with this key file's key")), qPrintable(refused));
    }

    void plainRowsOfAnOlderServerAreSealedAtStart()
    {
        // A database of schema 8 (before sealing) with plain rows, then upgraded with a key.
        m_db.reset();
        m_scratch = std::make_unique<TestDatabase>();
        QString error;
        auto db = Database::open(m_scratch->url(), &error);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")));
        const auto steps = Migrations::steps(db->engine());
        for (int n = 1; n <= 8; ++n) {
            for (const QString &statement : steps.at(n - 1))
                QVERIFY2(db->exec(statement), qPrintable(db->lastError()));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)"), {n}));
        }
        const QString plainCacheKey = Secrets::randomToken();
        QVERIFY(db->exec(QStringLiteral("INSERT INTO stations (id, name, district, created_at, cache_key)"
                                        " VALUES ('heping-1', 'Heping 1', 'Heping', 0, ?)"),
                         {plainCacheKey}));
        for (const QString &id : {heping, hexi}) {
            QVERIFY(db->exec(QStringLiteral("INSERT INTO certificates (id_number, holder_name, category, level, status,"
                                            " station_id, updated_at) VALUES (?, 'Zhang San', 1, 2, 'issued', 'heping-1', 0)"),
                             {id}));
        }
        const QString sentKey = Secrets::hmac(plainCacheKey, hexi);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO certificate_keys (station_id, key, id_number) VALUES ('heping-1', ?, ?)"),
                         {sentKey, hexi}));
        QVERIFY2(db->migrate(&error), qPrintable(error));

        QCOMPARE(db->schemaVersion(), int(Migrations::steps(db->engine()).size()));
        QCOMPARE(StationRegistry(*db).cacheKey(QStringLiteral("heping-1")), plainCacheKey);
        QCOMPARE(CertificateRegistry(*db).idNumberForKey(QStringLiteral("heping-1"), sentKey), hexi);
        QVERIFY(CertificateRegistry(*db).find(heping));
        QVERIFY(!db->handle().tables().contains(QStringLiteral("certificate_keys_plain")));
        m_db = std::move(db);
        const QByteArray stored = everythingStored();
        for (const QString &secret : {heping, hexi, plainCacheKey})
            QVERIFY2(!stored.contains(secret.toUtf8()), "a plain value is left after the sealing pass");
    }

    void keyFileOthersCanReadIsRefused()
    {
        const QString path = newKeyFile(QStringLiteral("open.key"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QString error;
        QVERIFY(!Sealer::fromKeyFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("mode 0644")) && error.contains(QStringLiteral("chmod 600")), qPrintable(error));
        int status = -1;
        const QString said = admin({QStringLiteral("stations"), QStringLiteral("--key-file"), path}, &status);
        QCOMPARE(status, 2);
        QVERIFY2(said.contains(QStringLiteral("can be read or changed by other users")), qPrintable(said));
    }

    void keyFileIsFoundOrRequired()
    {
        const QByteArray saved = qgetenv("KIOSK_SERVER_KEY_FILE");
        qunsetenv("KIOSK_SERVER_KEY_FILE");
        QString error;
        DatabaseUrl pg;
        pg.engine = DatabaseUrl::Engine::Postgres;
        QVERIFY(!Sealer::forServer({}, pg, &error));
        QCOMPARE(error, QStringLiteral("--key-file is required with PostgreSQL (make one with kiosk-server keygen FILE)"));

        // SQLite: made beside the database file, private, and the same key the next time.
        DatabaseUrl lite;
        lite.path = m_keys.filePath(QStringLiteral("beside.sqlite"));
        const auto first = Sealer::forServer({}, lite, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(QFile::permissions(lite.path + QStringLiteral(".key")) & 0x0777, QFile::ReadUser | QFile::WriteUser); // user, group, other bits
        const auto again = Sealer::forServer({}, lite, &error);
        QVERIFY(again);
        QCOMPARE(again->keyId(), first->keyId());
        QVERIFY(again->open(first->seal(hexi)) == hexi);
        QVERIFY(!Sealer::writeNewKeyFile(lite.path + QStringLiteral(".key"), &error)); // never overwritten
        qputenv("KIOSK_SERVER_KEY_FILE", saved);
    }

    void sealedTextNamesItsKeyAndResistsTampering()
    {
        const auto sealer = Sealer::ephemeral();
        const QString a = sealer->seal(hexi);
        QVERIFY(a != sealer->seal(hexi)); // a fresh nonce each time
        QCOMPARE(Sealer::keyIdOf(a), sealer->keyId());
        QString tampered = a;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        QVERIFY(!sealer->open(tampered));
        QVERIFY(!Sealer::ephemeral()->open(a));
        QCOMPARE(sealer->blindIndex(u"x", hexi), sealer->blindIndex(u"x", hexi));
        QVERIFY(sealer->blindIndex(u"x", hexi) != sealer->blindIndex(u"y", hexi));
        QVERIFY(sealer->blindIndex(u"x", hexi) != Sealer::ephemeral()->blindIndex(u"x", hexi));
    }
};

KIOSK_STORAGE_TEST_MAIN(TestSealing)
#include "tst_sealing.moc"
