// SPDX-License-Identifier: GPL-3.0-or-later
// Booking a time end to end over real HTTP on loopback: a real kiosk-server process (SQLite, or
// PostgreSQL with KIOSK_TEST_ENGINE=postgresql) and two kiosks of one station, each with its own
// store file and sync client. The server owns capacity: two kiosks asking for the last place at
// once, exactly one is held and the other told full with nothing stored; a booking made while
// the server was unreachable is provisional, refused once it arrives after the last place went
// to the other kiosk, shown as refused with the reason, and on the server's list to call.
#include "serverprocess.h"
#include "testkiosk.h"
#include "testdatabase.h"

#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/bookinghold.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/syncclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;
using Outcome = SyncClient::HoldOutcome;
using store::BookingState;

namespace {
const QString kAnna = QStringLiteral("11010519491231002X");
const QString kBen = QStringLiteral("110101199003071233");
const QString kPhone = QStringLiteral("13812345678");
} // namespace

using Kiosk = TestKiosk;

class BookingEndToEndTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Kiosk> m_a;
    std::unique_ptr<Kiosk> m_b;
    /// The race's first day: the day after the demo station's holiday (a weekday three to five
    /// days ahead, closed for every service), so that each of its days has its one place
    /// whatever day of the week the test runs.
    QDate m_first;
    static constexpr int kDays = 4;

    QString admin(const QStringList &args)
    {
        QString out;
        const int status = m_server->admin(args, &out);
        if (status != 0)
            qWarning("admin %s: %d: %s", qPrintable(args.join(u' ')), status, qPrintable(out));
        return status == 0 ? out : QStringLiteral("(failed)");
    }
    QString slotOn(int day) const
    {
        return QStringLiteral("race-%1-0900").arg(m_first.addDays(day).toString(u"yyyyMMdd"));
    }
    /// Both kiosks ask at the same moment; each outcome by booking id.
    static QHash<QString, int> holdAtOnce(const QList<std::pair<Kiosk *, QJsonObject>> &asks)
    {
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (const auto &[kiosk, body] : asks)
            spies.append(std::make_shared<QSignalSpy>(kiosk->client.get(), &SyncClient::holdFinished));
        for (const auto &[kiosk, body] : asks)
            kiosk->client->holdBooking(body);
        QHash<QString, int> outcomes;
        for (const auto &spy : spies) {
            if (spy->isEmpty() && !spy->wait(3000))
                continue;
            outcomes.insert(spy->first().at(0).toString(), spy->first().at(1).toInt());
        }
        return outcomes;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        const QString seeded = admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"});
        static const QRegularExpression holiday(QStringLiteral("closed on (\\d{4}-\\d{2}-\\d{2})"));
        const auto closedOn = holiday.match(seeded);
        QVERIFY2(closedOn.hasMatch(), qPrintable(seeded));
        m_first = QDate::fromString(closedOn.captured(1), Qt::ISODate).addDays(1);
        QVERIFY(m_first.isValid());
        // One place at nine each day: the last place is the only place.
        QVERIFY(admin({"service-add", "--code", "race", "--category", "certificates", "--name-zh", "换证", "--name-en",
                       "Renewal", "--place-zh", "1 号窗口", "--place-en", "Window 1", "--weekly", "mon-sun 09:00-10:00",
                       "--slot-minutes", "60", "--capacity", "1", "--bookable"}) != u"(failed)");
        QVERIFY(admin({"slots-generate", "--station", "st1", "--service", "race", "--from", m_first.toString(Qt::ISODate),
                       "--to", m_first.addDays(kDays - 1).toString(Qt::ISODate)}) != u"(failed)");
        QVERIFY(m_server->start());

        // Kiosk A enrolls; kiosk B is the station's second kiosk, set up with the same
        // registration (the server keeps one credential per station).
        m_a = std::make_unique<Kiosk>();
        m_b = std::make_unique<Kiosk>();
        QVERIFY(m_a->start(m_server->baseUrl()));
        QVERIFY(m_a->round());
        const auto credential = kiosksync::CredentialFile::read(m_a->settings({}).credentialPath);
        QVERIFY(credential);
        QVERIFY(kiosksync::CredentialFile::write(m_b->settings({}).credentialPath, *credential));
        QVERIFY(m_b->start(m_server->baseUrl()));
        QVERIFY(m_b->round());
        for (Kiosk *k : {m_a.get(), m_b.get()}) {
            const auto times = k->keyed().services().bookableSlots(QStringLiteral("race"), m_first, m_first.addDays(kDays));
            QCOMPARE(times.value().size(), kDays);
        }
    }

    void cleanup()
    {
        for (auto *k : {&m_a, &m_b}) {
            if (*k && (*k)->client)
                (*k)->client->stop();
            k->reset();
        }
        m_server.reset();
        m_scratch.reset();
    }

    void twoKiosksAskForTheLastPlaceAtOnce()
    {
        store::Store &a = m_a->keyed();
        store::Store &b = m_b->keyed();
        for (int day = 0; day < kDays - 1; ++day) {
            const QString slot = slotOn(day);
            auto annaDraft = a.services().prepareBooking(slot, kAnna, {});
            auto benDraft = b.services().prepareBooking(slot, kBen, kPhone);
            QVERIFY2(annaDraft.ok() && benDraft.ok(), "both kiosks see a free place");
            const QHash<QString, int> outcomes =
                holdAtOnce({{m_a.get(), kiosksync::BookingHold::body(annaDraft.value(), annaDraft->visitorKey)},
                            {m_b.get(), kiosksync::BookingHold::body(benDraft.value(), benDraft->visitorKey)}});
            QCOMPARE(outcomes.size(), 2);
            const int anna = outcomes.value(annaDraft->id, -1);
            const int ben = outcomes.value(benDraft->id, -1);
            QVERIFY2((anna == int(Outcome::Held) && ben == int(Outcome::Full))
                         || (anna == int(Outcome::Full) && ben == int(Outcome::Held)),
                     qPrintable(QStringLiteral("day %1: %2 and %3").arg(day).arg(anna).arg(ben)));

            // What the booking flow does with the answers: the held one is stored as confirmed,
            // the other kiosk stores nothing and its list shows the time as full.
            const bool annaWon = anna == int(Outcome::Held);
            Kiosk *winner = annaWon ? m_a.get() : m_b.get();
            Kiosk *loser = annaWon ? m_b.get() : m_a.get();
            // (Each answer also starts a sync round in the background, which may deliver earlier
            // days' bookings at any moment: so the records are looked up by id, not counted.)
            const QString lost = annaWon ? benDraft->id : annaDraft->id;
            store::BookingDraft held = annaWon ? annaDraft.value() : benDraft.value();
            held.state = BookingState::Confirmed;
            QVERIFY(winner->keyed().services().book(held).ok());
            const auto loserTimes = loser->keyed().services().bookableSlots(QStringLiteral("race"), m_first.addDays(day),
                                                                             m_first.addDays(day)).value();
            QCOMPARE(loserTimes.first().freePlaces(), 0);
            QCOMPARE(loser->count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE slot_id = '%1'").arg(slot)), 0);
            QCOMPARE(loser->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE id = '%1'").arg(lost)), 0);
            QCOMPARE(winner->count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = '%1' AND slot_id = '%2'")
                                       .arg(held.id, slot)),
                     1);
        }
        // The pushes of the held bookings hold no second place.
        QVERIFY(m_a->round());
        QVERIFY(m_b->round());
        const QString list = admin({"bookings", "--station", "st1"});
        QCOMPARE(list.count(QStringLiteral("  race  confirmed")), kDays - 1);
        QVERIFY2(!list.contains(u"refused"), qPrintable(list));
        for (Kiosk *k : {m_a.get(), m_b.get()}) {
            QVERIFY(k->round());
            for (const auto &r : k->keyed().services().bookingsOf(k == m_a.get() ? kAnna : kBen, m_first).value())
                QCOMPARE(r.state, BookingState::Confirmed);
            QCOMPARE(k->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        }
    }

    void offlineBookingRefusedWhenTheLastPlaceWentElsewhere()
    {
        store::Store &a = m_a->keyed();
        store::Store &b = m_b->keyed();
        const QString slot = slotOn(kDays - 1);

        // The server is unreachable: kiosk A books provisionally against its cached count.
        const quint16 port = m_server->port();
        m_server->kill();
        auto annaDraft = a.services().prepareBooking(slot, kAnna, QStringLiteral("138 1234 5678"));
        QVERIFY(annaDraft.ok());
        QSignalSpy annaHold(m_a->client.get(), &SyncClient::holdFinished);
        m_a->client->holdBooking(kiosksync::BookingHold::body(annaDraft.value(), annaDraft->visitorKey));
        QVERIFY(annaHold.wait(3000));
        QCOMPARE(annaHold.first().at(1).toInt(), int(Outcome::Unreachable));
        QVERIFY(a.services().book(annaDraft.value()).ok());
        QCOMPARE(a.services().bookingsOf(kAnna, m_first).value().first().state, BookingState::Provisional);

        // Back online, kiosk B takes the last place before A is in touch again.
        QVERIFY(m_server->start(port));
        auto benDraft = b.services().prepareBooking(slot, kBen, {});
        QVERIFY(benDraft.ok());
        QSignalSpy benHold(m_b->client.get(), &SyncClient::holdFinished);
        m_b->client->holdBooking(kiosksync::BookingHold::body(benDraft.value(), benDraft->visitorKey));
        QVERIFY(benHold.wait(3000));
        QCOMPARE(benHold.first().at(1).toInt(), int(Outcome::Held));
        store::BookingDraft held = benDraft.value();
        held.state = BookingState::Confirmed;
        QVERIFY(b.services().book(held).ok());

        // A reconnects: its booking is delivered, refused, and says so.
        QVERIFY(m_a->round());
        const QList<store::BookingRecord> mine = a.services().bookingsOf(kAnna, m_first).value();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].id, annaDraft->id);
        QCOMPARE(mine[0].state, BookingState::Refused);
        QVERIFY2(!mine[0].refusedReason.isEmpty(), "the server's reason is kept for staff");
        const auto staff = a.services().unconfirmedBookings(m_first).value();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff[0].code, annaDraft->code);
        // The kiosk's list shows the time as taken (by B), and the phone left the kiosk.
        QCOMPARE(a.services().bookableSlots(QStringLiteral("race"), m_first.addDays(kDays - 1), m_first.addDays(kDays - 1))
                     .value().first().freePlaces(), 0);
        QCOMPARE(m_a->count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE phone <> ''")), 0);
        QCOMPARE(m_a->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

        // The server keeps the phone on its list for staff to call.
        const QString refused = admin({"bookings", "--station", "st1", "--refused"});
        QVERIFY2(refused.contains(annaDraft->code) && refused.contains(QStringLiteral("phone ") + kPhone), qPrintable(refused));
        QVERIFY2(!refused.contains(benDraft->code), qPrintable(refused));
        QVERIFY(m_b->round());
        QCOMPARE(b.services().bookingsOf(kBen, m_first).value().first().state, BookingState::Confirmed);
    }
};

KIOSK_STORAGE_TEST_MAIN(BookingEndToEndTest)
#include "tst_booking_e2e.moc"
