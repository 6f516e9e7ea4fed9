// SPDX-License-Identifier: GPL-3.0-or-later
// Holding a place on a real kiosk-server process for a visitor at the review page: asked from
// the GUI thread, answered within 2 s with held, full (the server's counts in the cache at
// once), gone or invalid, the same id asked again held once; and "unreachable" for a server
// that does not answer in time or a kiosk with no server. The change feed's service, slot and
// booking_status rows reach the store.
#include "serverprocess.h"
#include "testdatabase.h"

#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/bookinghold.h"
#include "kiosk/sync/syncclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;
using Outcome = SyncClient::HoldOutcome;

namespace {
const QString kIdNumber = QStringLiteral("11010519491231002X");
} // namespace

class SyncHoldTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_kioskDir;
    std::unique_ptr<store::Database> m_db;
    const QDate m_day = QDate::currentDate().addDays(1);

    SyncSettings settings(const QString &url, const QString &dir) const
    {
        SyncSettings s;
        s.serverUrl = QUrl(url);
        s.storePath = dir + QStringLiteral("/kiosk.db");
        s.credentialPath = dir + QStringLiteral("/station.credential");
        s.enrollmentCode = QStringLiteral("CODE-ONE");
        s.intervalMs = 3600 * 1000;
        s.minBackoffMs = 50;
        s.maxBackoffMs = 200;
        s.requestTimeoutMs = 30000; // the hold's own 2 s deadline must still hold
        return s;
    }

    static bool roundUntilOk(SyncClient &client)
    {
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        for (int i = 0; i < 20; ++i) {
            client.syncNow();
            if (spy.wait(20000) && spy.last().at(0).toBool())
                return true;
        }
        return false;
    }

    struct Held
    {
        int outcome = -1; ///< -1: no answer, or not within the time
        QString reason;
        int capacity = -1;
        int taken = -1;
        qint64 ms = 0;
    };
    static Held hold(SyncClient &client, const QJsonObject &body, int withinMs = 2600)
    {
        QSignalSpy spy(&client, &SyncClient::holdFinished);
        QElapsedTimer timer;
        timer.start();
        client.holdBooking(body);
        Held h;
        if (timer.elapsed() > 500 || !spy.wait(withinMs) || spy.size() != 1)
            return h;
        h.ms = timer.elapsed();
        if (spy.first().at(0).toString() != body.value(QStringLiteral("id")).toString())
            return h;
        h.outcome = spy.first().at(1).toInt();
        h.reason = spy.first().at(2).toString();
        h.capacity = spy.first().at(3).toInt();
        h.taken = spy.first().at(4).toInt();
        return h;
    }

    QString slotId() const { return QStringLiteral("race-%1-0900").arg(m_day.toString(u"yyyyMMdd")); }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QString out;
        QCOMPARE(m_server->admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}, &out), 0);
        // One time a day with two places: the third visitor is told "full".
        QCOMPARE(m_server->admin({"service-add", "--code", "race", "--category", "certificates", "--name-zh", "换证",
                                  "--name-en", "Renewal", "--place-zh", "1 号窗口", "--place-en", "Window 1",
                                  "--weekly", "mon-sun 09:00-10:00", "--slot-minutes", "60", "--capacity", "2",
                                  "--bookable", "--walk-in", "--prefix", "R"}, &out), 0);
        QCOMPARE(m_server->admin({"slots-generate", "--station", "st1", "--service", "race", "--from",
                                  m_day.toString(Qt::ISODate), "--to", m_day.toString(Qt::ISODate)}, &out), 0);
        QVERIFY(m_server->start());
        m_kioskDir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<store::Database>(m_kioskDir->filePath(QStringLiteral("kiosk.db")));
        QVERIFY(m_db->open().ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_server.reset();
        m_kioskDir.reset();
        m_scratch.reset();
    }

    void theServerDecidesAndTheKioskIsToldWithinTwoSeconds()
    {
        SyncClient client(settings(m_server->baseUrl(), m_kioskDir->path()));
        client.start();
        QVERIFY(roundUntilOk(client));
        store::Store st(*m_db, client.stationSecret());

        // The feed brought the service in full and its slot.
        const auto race = st.services().service(QStringLiteral("race")).value();
        QVERIFY(race);
        QCOMPARE(race->place.in(u"en"), QStringLiteral("Window 1"));
        QCOMPARE(race->weeklyHours, QStringLiteral("mon-sun 09:00-10:00"));
        QVERIFY(race->walkIn);
        QCOMPARE(race->queuePrefix, QStringLiteral("R"));
        const auto times = st.services().bookableSlots(QStringLiteral("race"), m_day, m_day).value();
        QCOMPARE(times.size(), 1);
        QCOMPARE(times[0].id, slotId());
        QCOMPARE(times[0].capacity, 2);
        QVERIFY(!times[0].closed);

        auto first = st.services().prepareBooking(slotId(), kIdNumber, QStringLiteral("13812345678"));
        QVERIFY2(first.ok(), qPrintable(first.error().detail));
        const QJsonObject firstBody = kiosksync::BookingHold::body(first.value(), first->visitorKey);
        Held h = hold(client, firstBody);
        QCOMPARE(h.outcome, int(Outcome::Held));
        QCOMPARE(h.taken, 1);
        // The same booking asked again (a retry after a lost answer) holds no second place.
        h = hold(client, firstBody);
        QCOMPARE(h.outcome, int(Outcome::Held));
        QCOMPARE(h.taken, 1);

        auto second = st.services().prepareBooking(slotId(), kIdNumber, {});
        QVERIFY(second.ok());
        QCOMPARE(hold(client, kiosksync::BookingHold::body(second.value(), second->visitorKey)).outcome, int(Outcome::Held));

        // The kiosk's cache still says one place is free; the server says full, and the list
        // shows the server's counts as soon as the answer is in.
        auto third = st.services().prepareBooking(slotId(), kIdNumber, {});
        QVERIFY2(third.ok(), "the cache has not heard of the two holds yet");
        h = hold(client, kiosksync::BookingHold::body(third.value(), third->visitorKey));
        QCOMPARE(h.outcome, int(Outcome::Full));
        QVERIFY(!h.reason.isEmpty());
        QCOMPARE(h.capacity, 2);
        QCOMPARE(h.taken, 2);
        QCOMPARE(st.services().bookableSlots(QStringLiteral("race"), m_day, m_day).value()[0].freePlaces(), 0);
        QVERIFY(h.ms < 2000);

        store::BookingDraft gone = third.value();
        gone.id = QStringLiteral("019a0000-0000-7000-8000-00000000abcd");
        gone.slotId = QStringLiteral("race-19990101-0900");
        QCOMPARE(hold(client, kiosksync::BookingHold::body(gone, {})).outcome, int(Outcome::Gone));

        // A closed day (the demo's holiday): invalid, nothing held.
        QString closedSlot;
        for (const auto &s : st.services().catalogue().value()) {
            for (const auto &slot : st.services().bookableSlots(s.id, QDate::currentDate(), QDate::currentDate().addDays(14)).value()) {
                if (slot.closed && closedSlot.isEmpty())
                    closedSlot = slot.id;
            }
        }
        QVERIFY2(!closedSlot.isEmpty(), "the demo station has a closed day");
        store::BookingDraft closed = third.value();
        closed.id = QStringLiteral("019a0000-0000-7000-8000-00000000abce");
        closed.slotId = closedSlot;
        closed.serviceId = closedSlot.section(u'-', 0, -3);
        const auto closedRow = st.services().bookableSlots(closed.serviceId, QDate::currentDate(), QDate::currentDate().addDays(14)).value();
        for (const auto &slot : closedRow) {
            if (slot.id == closedSlot)
                closed.startsAt = slot.startsAt;
        }
        QCOMPARE(hold(client, kiosksync::BookingHold::body(closed, {})).outcome, int(Outcome::Invalid));

        // The held booking stored as confirmed; the feed's booking_status confirms it again.
        store::BookingDraft held = first.value();
        held.state = store::BookingState::Confirmed;
        QVERIFY(st.services().book(held).ok());
        QVERIFY(roundUntilOk(client));
        const auto mine = st.services().bookingsOf(kIdNumber, QDate::currentDate()).value();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].state, store::BookingState::Confirmed);
        QCOMPARE(mine[0].place.in(u"en"), QStringLiteral("Window 1"));
        client.stop();
    }

    void noAnswerInTimeIsUnreachable()
    {
        // Enrolled against the real server, then pointed at one that accepts and never answers.
        {
            SyncClient enrolling(settings(m_server->baseUrl(), m_kioskDir->path()));
            enrolling.start();
            QVERIFY(roundUntilOk(enrolling));
        }
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SyncClient client(settings(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), m_kioskDir->path()));
        client.start();
        QVERIFY(client.enrolled() || QTest::qWaitFor([&] { return client.enrolled(); }, 5000));
        store::Store st(*m_db, client.stationSecret());
        auto draft = st.services().prepareBooking(slotId(), kIdNumber, {});
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));
        const Held h = hold(client, kiosksync::BookingHold::body(draft.value(), draft->visitorKey), 4500);
        QCOMPARE(h.outcome, int(Outcome::Unreachable));
        QVERIFY2(h.ms >= 1500 && h.ms < 3500, qPrintable(QString::number(h.ms)));
        client.stop();

        // No server at all (the client never started): unreachable, still asynchronous.
        SyncClient none(settings({}, m_kioskDir->path()));
        QCOMPARE(hold(none, kiosksync::BookingHold::body(draft.value(), {}), 500).outcome, int(Outcome::Unreachable));
    }
};

KIOSK_STORAGE_TEST_MAIN(SyncHoldTest)
#include "tst_sync_hold.moc"
