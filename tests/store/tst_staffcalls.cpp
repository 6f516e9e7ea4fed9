// SPDX-License-Identifier: GPL-3.0-or-later
// Staff answering the visitors' calls in the kiosk's SQLite file: a call is listed until staff
// close it, acknowledging and closing are kept across a restart (the file opened again), the
// list tells where the call's delivery to the centre stands, and calls made before this version
// are not shown as new ones.
#include "kiosk/store/database.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;
using namespace Qt::StringLiterals;
using State = StaffCallRecord::State;
using Delivery = StaffCallRecord::Delivery;
using Kind = StoreError::Kind;

class TestStaffCalls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QDateTime m_now{QDate(2026, 12, 2), QTime(10, 0)};

    /// The kiosk stops and starts again: a new connection to the same file.
    void restart()
    {
        m_store.reset();
        m_db.reset();
        m_db = std::make_unique<Database>(m_path);
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "secret");
        m_store->setClock([this] { return m_now; });
    }

    QList<StaffCallRecord> listed() const
    {
        auto calls = m_store->staffCalls().unclosed();
        if (!calls.ok())
            qFatal("%s", qPrintable(calls.error().detail));
        return calls.value();
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
        m_path = m_dir.filePath(u"calls-%1.db"_s.arg(++n));
        restart();
    }

    void aCallIsListedOpenWithItsReasonAndTime()
    {
        const QString id = m_store->requests().callStaff(u"certificate_appeal"_s).value();
        const auto calls = listed();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().id, id);
        QCOMPARE(calls.first().reason, u"certificate_appeal"_s);
        QCOMPARE(calls.first().state, State::Open);
        QCOMPARE(calls.first().createdAt, m_now.toUTC());
        QVERIFY(!calls.first().acknowledgedAt.isValid());
    }

    void theLongestWaitComesFirst()
    {
        const QString first = m_store->requests().callStaff(u"help_at_kiosk"_s).value();
        m_now = m_now.addSecs(120);
        const QString second = m_store->requests().callStaff(u"certificate_appeal"_s).value();
        const auto calls = listed();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).id, first);
        QCOMPARE(calls.at(1).id, second);
    }

    void acknowledgeAndCloseLastAcrossARestart()
    {
        const QString id = m_store->requests().callStaff(u"help_at_kiosk"_s).value();
        m_now = m_now.addSecs(60);
        auto acknowledged = m_store->staffCalls().acknowledge(id);
        QVERIFY2(acknowledged.ok(), qPrintable(acknowledged.error().detail));
        QCOMPARE(acknowledged.value().state, State::Acknowledged);
        restart();
        auto found = m_store->staffCalls().call(id);
        QVERIFY(found.ok() && found.value());
        QCOMPARE(found.value()->state, State::Acknowledged);
        QCOMPARE(found.value()->acknowledgedAt, m_now.toUTC());
        QCOMPARE(listed().size(), 1); // still on the list: nobody has closed it
        // A second acknowledgement is refused in words, and changes nothing.
        auto again = m_store->staffCalls().acknowledge(id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Kind::AlreadyDone);
        QVERIFY(!again.error().message.english().isEmpty());

        m_now = m_now.addSecs(300);
        QVERIFY(m_store->staffCalls().close(id).ok());
        restart();
        QVERIFY(listed().isEmpty());
        found = m_store->staffCalls().call(id);
        QCOMPARE(found.value()->state, State::Closed);
        QCOMPARE(found.value()->closedAt, m_now.toUTC());
        QCOMPARE(m_store->staffCalls().close(id).error().kind, Kind::AlreadyDone);
        // The file itself says so, for anyone reading it without the kiosk.
        QCOMPARE(m_db->scalar(u"SELECT state FROM help_calls WHERE id = ?"_s, {id}).value().toString(), u"closed"_s);
    }

    void anOpenCallMayBeClosedAtOnce()
    {
        const QString id = m_store->requests().callStaff(u"help_at_kiosk"_s).value();
        QVERIFY(m_store->staffCalls().close(id).ok());
        QVERIFY(listed().isEmpty());
        QCOMPARE(m_store->staffCalls().acknowledge(id).error().kind, Kind::AlreadyDone);
    }

    void anUnknownCallIsNotFound()
    {
        QCOMPARE(m_store->staffCalls().acknowledge(u"no-such-call"_s).error().kind, Kind::NotFound);
        QCOMPARE(m_store->staffCalls().close(u"no-such-call"_s).error().kind, Kind::NotFound);
        QVERIFY(!m_store->staffCalls().call(u"no-such-call"_s).value().has_value());
    }

    void deliveryFollowsTheOutbox()
    {
        const QString delivered = m_store->requests().callStaff(u"help_at_kiosk"_s).value();
        const QString refused = m_store->requests().callStaff(u"help_at_kiosk"_s).value();
        const QString waiting = m_store->requests().callStaff(u"help_at_kiosk"_s).value();
        auto delivery = [this](const QString &id) { return m_store->staffCalls().call(id).value()->delivery; };
        QCOMPARE(delivery(delivered), Delivery::Waiting);
        SyncQueue queue(*m_db);
        QVERIFY(queue.acknowledge({delivered}).ok());
        QVERIFY(queue.park(refused, u"refused by the server: reason too long"_s).ok());
        QCOMPARE(delivery(delivered), Delivery::Delivered);
        QCOMPARE(delivery(refused), Delivery::Refused);
        QCOMPARE(delivery(waiting), Delivery::Waiting);
        // Staff's handling is the kiosk's own: nothing new waits to be sent for it.
        const int before = m_db->scalar(u"SELECT COUNT(*) FROM outbox"_s).value().toInt();
        QVERIFY(m_store->staffCalls().acknowledge(waiting).ok());
        QVERIFY(m_store->staffCalls().close(delivered).ok());
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM outbox"_s).value().toInt(), before);
    }

    void callsFromBeforeTheUpgradeAreNotShownAsNew()
    {
        const QString path = m_dir.filePath(u"old.db"_s);
        {
            Database db(path);
            QVERIFY(db.open(false).ok());
            QCOMPARE(Migrations::apply(db, 9).value(), 9);
            QVERIFY(db.exec(u"INSERT INTO help_calls(id, reason, created_at) VALUES('old', 'help_at_kiosk', "
                            "'2026-11-01T09:00:00.000Z')"_s).ok());
        }
        Database db(path);
        QVERIFY(db.open().ok());
        Store st(db, "secret");
        QVERIFY(st.staffCalls().unclosed().value().isEmpty());
        QCOMPARE(st.staffCalls().call(u"old"_s).value()->state, State::Closed);
        // New calls after the upgrade are listed.
        QVERIFY(st.requests().callStaff(u"help_at_kiosk"_s).ok());
        QCOMPARE(st.staffCalls().unclosed().value().size(), 1);
    }

    void theListKeepsNoPersonalData()
    {
        QVERIFY(m_store->requests().callStaff(u"help_at_kiosk"_s).ok());
        // The columns a call has: its id, its reason key and the times of its handling.
        auto q = m_db->exec(u"SELECT name FROM pragma_table_info('help_calls') ORDER BY cid"_s);
        QStringList columns;
        while (q.value().next())
            columns << q.value().value(0).toString();
        QCOMPARE(columns, (QStringList{u"id"_s, u"reason"_s, u"created_at"_s, u"state"_s, u"acknowledged_at"_s,
                                       u"closed_at"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStaffCalls)
#include "tst_staffcalls.moc"
