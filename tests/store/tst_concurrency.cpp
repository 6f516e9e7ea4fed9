// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QAtomicInt>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace store;

/// @brief The GUI thread keeps reading while visitors' writes and the sync thread's
/// acknowledgements go on, each on its own connection.
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readerWhileWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.db"_qs);
        {
            Database db(path);
            QVERIFY(db.open().ok());
        }
        constexpr int kWrites = 300;
        QAtomicInt writerErrors = 0, syncErrors = 0, acknowledged = 0;
        QAtomicInt writerDone = 0;

        QThread *writer = QThread::create([&] {
            Database db(path);
            if (!db.open().ok()) {
                writerErrors.ref();
                return;
            }
            Store st(db, "secret");
            HelpRequestDraft draft;
            draft.type = core::HelpType::TravelAssistance;
            for (int i = 0; i < kWrites; ++i) {
                if (!st.requests().submitHelpRequest(draft).ok())
                    writerErrors.ref();
            }
            writerDone.storeRelease(1);
        });
        QThread *syncer = QThread::create([&] {
            Database db(path);
            if (!db.open().ok()) {
                syncErrors.ref();
                return;
            }
            SyncQueue sync(db);
            for (;;) {
                const bool finished = writerDone.loadAcquire();
                auto batch = sync.pending(20);
                if (!batch.ok()) {
                    syncErrors.ref();
                    return;
                }
                if (batch.value().isEmpty() && finished)
                    return;
                QStringList ids;
                for (const auto &e : batch.value())
                    ids.append(e.id);
                if (!sync.acknowledge(ids).ok())
                    syncErrors.ref();
                else
                    acknowledged.fetchAndAddOrdered(int(ids.size()));
                QThread::msleep(5);
            }
        });
        writer->start();
        syncer->start();

        // The reader: a consistent snapshot each time, never an error, never going backwards.
        Database reader(path);
        QVERIFY(reader.open().ok());
        int reads = 0, last = 0, readsDuringWrites = 0;
        while (!writer->isFinished() || !syncer->isFinished()) {
            auto snapshot = reader.read([&]() -> Result<QPair<int, int>> {
                auto requests = reader.scalar(u"SELECT COUNT(*) FROM help_requests"_qs);
                auto queued = reader.scalar(u"SELECT COUNT(*) FROM outbox"_qs);
                if (!requests.ok())
                    return requests.error();
                if (!queued.ok())
                    return queued.error();
                return qMakePair(requests.value().toInt(), queued.value().toInt());
            });
            QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().detail));
            const int requests = snapshot.value().first;
            QVERIFY(requests >= last);
            QVERIFY(snapshot.value().second <= requests);
            last = requests;
            ++reads;
            if (requests > 0 && requests < kWrites)
                ++readsDuringWrites;
        }
        writer->wait();
        syncer->wait();
        delete writer;
        delete syncer;

        QCOMPARE(writerErrors.loadRelaxed(), 0);
        QCOMPARE(syncErrors.loadRelaxed(), 0);
        QCOMPARE(last, kWrites);
        QCOMPARE(acknowledged.loadRelaxed(), kWrites);
        QCOMPARE(reader.scalar(u"SELECT COUNT(*) FROM outbox"_qs).value().toInt(), 0);
        QVERIFY2(readsDuringWrites > 10, qPrintable(QStringLiteral("only %1 reads overlapped the writes").arg(readsDuringWrites)));
        qInfo("%d consistent reads, %d while writes were going on", reads, readsDuringWrites);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
