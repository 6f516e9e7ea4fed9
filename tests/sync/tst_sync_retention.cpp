// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data kept no longer than needed: the sync thread purges delivered records on a
// schedule, measured on the station's clock (moved here, as a month cannot be waited for).
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/syncclient.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace kiosksync;

class SyncRetentionTest : public QObject
{
    Q_OBJECT

private:
    static bool exists(store::Database &db, const QString &table, const QString &id)
    {
        return db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}).value().isValid();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deliveredRecordsGoOnceOlderThanTheRetention()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        const QDateTime start(QDate(2026, 12, 1), QTime(9, 0));

        store::Database db(path);
        QVERIFY(db.open().ok());
        store::Store st(db, "secret");
        // Ten days before the start: one call the server has, one still waiting to be sent.
        st.setClock([&] { return start.addDays(-10); });
        const QString delivered = st.requests().callStaff(QStringLiteral("help_at_kiosk")).value();
        const QString waiting = st.requests().callStaff(QStringLiteral("help_at_kiosk")).value();
        QVERIFY(store::SyncQueue(db).acknowledge({delivered}).ok());

        // The sync thread reads the clock: an atomic offset in days, moved by the test.
        std::atomic<int> daysLater{0};
        SyncSettings settings;
        settings.storePath = path;          // no server: rounds fail, the purge still runs
        settings.retentionDays = 30;
        settings.purgeIntervalMs = 1000;
        settings.minBackoffMs = settings.maxBackoffMs = 60000;
        settings.clock = [&] { return start.addDays(daysLater.load()); };
        SyncClient client(settings);
        QSignalSpy purged(&client, &SyncClient::recordsPurged);
        client.start();

        // At start: ten days old is within the 30 days, nothing goes.
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.takeFirst().at(0).toInt(), 0);
        QVERIFY(exists(db, QStringLiteral("help_calls"), delivered));

        // 25 days on, the records are 35 days old: the next scheduled purge deletes the
        // delivered one and keeps the one the server does not have yet.
        daysLater = 25;
        const auto reportedOne = [&] {
            for (const QList<QVariant> &signal : purged) {
                if (signal.at(0).toInt() == 1)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reportedOne(), 5000);
        QVERIFY(!exists(db, QStringLiteral("help_calls"), delivered));
        QVERIFY(exists(db, QStringLiteral("help_calls"), waiting));
        client.stop();
    }
};

QTEST_GUILESS_MAIN(SyncRetentionTest)
#include "tst_sync_retention.moc"
