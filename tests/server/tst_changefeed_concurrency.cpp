// SPDX-License-Identifier: GPL-3.0-or-later
// Writers commit changes concurrently (each holding its transaction open a little) while a reader
// follows the feed with its cursor: the reader must see every change exactly once, in order. A
// plain sequence on PostgreSQL fails this: a number taken early but committed late falls behind
// a cursor that has already moved past it.
#include "testdatabase.h"

#include "server/changefeed.h"
#include "server/database.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace server;

class ChangeFeedConcurrencyTest : public QObject
{
    Q_OBJECT

private slots:
    void readerNeverSkipsAConcurrentCommit()
    {
        TestDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QString error;
        auto setup = Database::open(scratch.url(), &error);
        QVERIFY2(setup && setup->migrate(&error), qPrintable(error));
        StationRegistry stations(*setup);
        QVERIFY(stations.create(QStringLiteral("s1"), QStringLiteral("S1"), {}, &error));

        constexpr int writers = 4;
        constexpr int perWriter = 60;
        QAtomicInt failures = 0;
        QAtomicInt done = 0;
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads.append(QThread::create([&, w] {
                QString e;
                auto db = Database::open(scratch.url(), &e);
                if (!db) {
                    failures.ref();
                    return;
                }
                ChangeFeed feed(*db);
                for (int i = 0; i < perWriter; ++i) {
                    Transaction tx(*db);
                    const bool ok = feed.append(QStringLiteral("s1"),
                                                {0, QStringLiteral("slot"), QStringLiteral("w%1-%2").arg(w).arg(i), {}, false});
                    // Hold the transaction open after taking the number: the window in which a
                    // later number could commit first.
                    QThread::usleep(QRandomGenerator::global()->bounded(2000));
                    if (!ok || !tx.commit())
                        failures.ref();
                }
                done.ref();
            }));
        }
        for (QThread *t : threads)
            t->start();

        ChangeFeed reader(*setup);
        qint64 cursor = 0;
        QSet<QString> seen;
        int duplicates = 0;
        int outOfOrder = 0;
        for (;;) {
            const bool finished = done.loadAcquire() == writers;
            const auto page = reader.page(QStringLiteral("s1"), cursor, 7);
            QVERIFY(page);
            for (const auto &c : page->changes) {
                if (c.seq != cursor + 1)
                    ++outOfOrder;
                cursor = c.seq;
                if (seen.contains(c.key))
                    ++duplicates;
                seen.insert(c.key);
            }
            if (finished && page->changes.isEmpty())
                break;
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(outOfOrder, 0);
        QCOMPARE(seen.size(), writers * perWriter);
        // Every committed change is in the table: the reader saw all of them.
        QCOMPARE(setup->scalar(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt(), writers * perWriter);
    }
};

KIOSK_STORAGE_TEST_MAIN(ChangeFeedConcurrencyTest)
#include "tst_changefeed_concurrency.moc"
