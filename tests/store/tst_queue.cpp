// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;
using Kind = StoreError::Kind;

namespace {
// Wednesday 2 December 2026, 10:00: social insurance (queue A, window 2) and the certificate
// desk (queue B) are open, mon-fri 09:00-11:30 and 14:00-17:00.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0));
const QString kSocial = u"social-insurance"_qs;
const QString kCertificate = u"certificate"_qs;
} // namespace

/// @brief Walk-in queue numbers as the queue pages and staff mode use them.
class TestQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QDateTime m_now = kNow;

    QueueStore &queue() { return m_store->queue(); }
    int tickets() const { return m_db->scalar(u"SELECT COUNT(*) FROM queue_tickets"_qs).value().toInt(); }

    QString take(const QString &serviceId)
    {
        auto t = queue().takeNumber(serviceId);
        return t.ok() ? t->label : u"error: "_qs + t.error().message.english();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_now = kNow;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("queue-%1.db").arg(++n)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "station-secret");
        m_store->setClock([this] { return m_now; });
        QVERIFY(DemoData::install(*m_store, QDate(2026, 11, 30)).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void numbersPerServiceQueueAndDay()
    {
        auto first = queue().takeNumber(kSocial);
        QVERIFY2(first.ok(), qPrintable(first.error().detail));
        QCOMPARE(first->label, u"A001"_qs);
        QCOMPARE(first->number, 1);
        QCOMPARE(first->waitingBefore, 0);
        QCOMPARE(first->day, kNow.date());
        QVERIFY(first->isWaiting());
        m_now = m_now.addSecs(60);
        auto second = queue().takeNumber(kSocial);
        QCOMPARE(second->label, u"A002"_qs);
        QCOMPARE(second->waitingBefore, 1);
        QCOMPARE(take(kCertificate), u"B001"_qs); // its own queue
        QCOMPARE(take(kSocial), u"A003"_qs);

        m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0)); // a new day starts from 1
        QCOMPARE(take(kSocial), u"A001"_qs);
        QCOMPARE(queue().today(kSocial).value().size(), 1);
        // Numbers are the kiosk's own: nothing goes to the server.
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM outbox WHERE kind NOT IN ('volunteer_request')"_qs).value().toInt(), 0);
    }

    void onlyWalkInServicesThatAreOpenNow()
    {
        QCOMPARE(take(u"legal-aid"_qs), u"error: This service gives no queue numbers. Please book a time instead."_qs);
        QCOMPARE(queue().takeNumber(u"legal-aid"_qs).error().kind, Kind::Invalid);
        const auto refusal = queue().takeNumber(u"legal-aid"_qs).error().message;
        QVERIFY(refusal.in(u"zh") != refusal.english()); // in the Mandarin catalogue too
        QCOMPARE(queue().takeNumber(u"no-such-service"_qs).error().kind, Kind::NotFound);
        m_now = QDateTime(kNow.date(), QTime(12, 0)); // lunch break
        QCOMPARE(take(kSocial), u"error: This service is not open now. Please look at its opening hours."_qs);
        m_now = QDateTime(QDate(2026, 12, 5), QTime(10, 0)); // Saturday
        QCOMPARE(queue().takeNumber(kSocial).error().kind, Kind::Invalid);
        m_now = QDateTime(kNow.date(), QTime(11, 29));
        QCOMPARE(take(kSocial), u"A001"_qs);
        m_now = QDateTime(kNow.date(), QTime(11, 30)); // the end is not open any more
        QCOMPARE(queue().takeNumber(kSocial).error().kind, Kind::Invalid);
        QCOMPARE(tickets(), 1);

        // Hours the kiosk cannot read give no numbers: a wrong pattern must not open a desk.
        auto offer = m_store->services().service(kSocial).value().value();
        offer.weeklyHours = u"weekdays, mornings"_qs;
        ChangeSet page;
        page.services.append(offer);
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
        m_now = kNow;
        QCOMPARE(queue().takeNumber(kSocial).error().kind, Kind::Invalid);
    }

    void callNextInTakingOrder()
    {
        QCOMPARE(queue().callNext(kSocial, 2).value(), std::nullopt);
        QCOMPARE(queue().lastCalled().value(), std::nullopt);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(queue().takeNumber(kSocial).ok());
            m_now = m_now.addSecs(30);
        }
        QVERIFY(queue().takeNumber(kCertificate).ok());

        m_now = m_now.addSecs(60);
        auto called = queue().callNext(kSocial, 2).value();
        QVERIFY(called);
        QCOMPARE(called->label, u"A001"_qs);
        QCOMPARE(called->window, 2);
        QVERIFY(!called->isWaiting());
        QCOMPARE(queue().lastCalled().value()->label, u"A001"_qs);

        const QList<QueueTicket> line = queue().today(kSocial).value();
        QCOMPARE(line.size(), 3);
        QVERIFY(!line[0].isWaiting());
        QCOMPARE(line[1].waitingBefore, 0);
        QCOMPARE(line[2].waitingBefore, 1);
        QCOMPARE(queue().takeNumber(kSocial)->waitingBefore, 2); // A002 and A003

        m_now = m_now.addSecs(60);
        QCOMPARE(queue().callNext(kCertificate, 1).value()->label, u"B001"_qs);
        QCOMPARE(queue().lastCalled().value()->label, u"B001"_qs); // the display shows the latest call
        QCOMPARE(queue().lastCalled().value()->window, 1);
        m_now = m_now.addSecs(60);
        QCOMPARE(queue().callNext(kSocial, 3).value()->label, u"A002"_qs);
        QCOMPARE(queue().callNext(kSocial, 3).value()->label, u"A003"_qs);
        QCOMPARE(queue().callNext(kSocial, 3).value()->label, u"A004"_qs);
        QCOMPARE(queue().callNext(kSocial, 3).value(), std::nullopt);
        QCOMPARE(queue().callNext(kSocial, -1).error().kind, Kind::Invalid);

        // Yesterday's calls are not today's display.
        m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0));
        QCOMPARE(queue().lastCalled().value(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
