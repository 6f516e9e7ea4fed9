// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uuidv7.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>

using core::UuidV7;

/// @brief Record ids made on the kiosk: version 7, unique, and in the order they were made.
class TestUuidV7 : public QObject
{
    Q_OBJECT

private slots:
    void versionAndTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QUuid id = UuidV7::generate();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(UuidV7::isV7(id));
        QCOMPARE(id.variant(), QUuid::DCE);
        const qint64 ms = UuidV7::timestamp(id).toMSecsSinceEpoch();
        QVERIFY(ms >= before && ms <= after + 1);
        QVERIFY(!UuidV7::isV7(QUuid::createUuid()));
        QVERIFY(!UuidV7::timestamp(QUuid::createUuid()).isValid());
        const QString text = UuidV7::generateString();
        QCOMPARE(text.size(), 36);
        QCOMPARE(text[14], QChar(u'7'));
        QCOMPARE(text, text.toLower());
    }

    void sortsInCreationOrder()
    {
        // Many ids within the same milliseconds: text order equals creation order.
        QStringList ids;
        for (int i = 0; i < 20000; ++i)
            ids.append(UuidV7::generateString());
        QStringList sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, ids);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void clockGoingBackKeepsOrder()
    {
        const QUuid a = UuidV7::generate(QDateTime::currentMSecsSinceEpoch() + 60000);
        const QUuid b = UuidV7::generate(QDateTime::currentMSecsSinceEpoch() - 60000);
        QVERIFY(a.toString() < b.toString());
    }

    void threadsNeverCollide()
    {
        QList<QStringList> perThread(4);
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&perThread, t] {
                for (int i = 0; i < 5000; ++i)
                    perThread[t].append(UuidV7::generateString());
            }));
            threads.last()->start();
        }
        QSet<QString> all;
        for (int t = 0; t < 4; ++t) {
            threads[t]->wait();
            delete threads[t];
            for (const auto &id : perThread[t])
                all.insert(id);
            QStringList sorted = perThread[t];
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, perThread[t]);
        }
        QCOMPARE(all.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestUuidV7)
#include "tst_uuidv7.moc"
