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
// Wednesday 2 December 2026, 10:00 at the station; demo slots from Monday 30 November, the
// demo's holiday on Friday 4 December.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0));
const QDate kMonday(2026, 11, 30);
const QString kAnna = u"12010119580312021X"_qs;
const QString kBen = u"120101196307050325"_qs;
} // namespace

/// @brief Booking a time as the booking pages do it: prepare, (hold on the server), book; My
/// bookings, cancelling, and the server's word on a booking. Never a half-stored booking.
class TestBookings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql, const QVariantList &values = {}) const
    {
        return m_db->scalar(sql, values).value().toInt();
    }
    int appointments() const { return count(u"SELECT COUNT(*) FROM appointments"_qs); }
    int outbox(const QString &kind) const { return count(u"SELECT COUNT(*) FROM outbox WHERE kind = ?"_qs, {kind}); }
    int taken(const QString &slotId) const { return count(u"SELECT taken FROM slots WHERE id = ?"_qs, {slotId}); }

    /// A slot of the demo's certificate service, added as the change feed would.
    void addSlot(const QString &id, QDateTime startsAt, int capacity, int takenPlaces, bool closed = false)
    {
        ChangeSet page;
        BookableSlot s{id, u"certificate"_qs, startsAt, startsAt.addSecs(1800), capacity, takenPlaces, closed};
        page.bookableSlots.append(s);
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
    }

    /// The error of preparing `slotId`, and of booking it anyway, both with nothing stored.
    void expectRefused(const QString &slotId, Kind kind, const QString &field, const char *words)
    {
        const int before = appointments();
        auto prepared = m_store->services().prepareBooking(slotId, kAnna, {});
        QVERIFY(!prepared.ok());
        QCOMPARE(prepared.error().kind, kind);
        QCOMPARE(prepared.error().detail, field);
        QCOMPARE(prepared.error().message.english(), QString::fromUtf8(words));
        // Said in the visitor's language: the sentence is in the Mandarin catalogue.
        QVERIFY2(prepared.error().message.in(u"zh") != prepared.error().message.english(), words);
        BookingDraft draft{u"019a0000-0000-7000-8000-000000000001"_qs, u"ABCDE"_qs, slotId, kAnna, {},
                           BookingState::Confirmed};
        auto booked = m_store->services().book(draft);
        QVERIFY(!booked.ok());
        QCOMPARE(booked.error().kind, kind);
        QCOMPARE(appointments(), before);
        QCOMPARE(outbox(u"booking"_qs), 0);
    }

    QList<BookingRecord> bookingsOfAnna() const
    {
        return m_store->services().bookingsOf(kAnna, kNow.date()).value();
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
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("bookings-%1.db").arg(++n)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "station-secret");
        m_store->setClock([] { return kNow; });
        QVERIFY(DemoData::install(*m_store, kMonday).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void demoServicesSayWhereAndWhen()
    {
        const auto social = m_store->services().service(u"social-insurance"_qs).value();
        QVERIFY(social);
        QCOMPARE(social->place.in(u"zh"), u"2 号窗口"_qs);
        QCOMPARE(social->place.in(u"en"), u"Window 2"_qs);
        QVERIFY(social->walkIn);
        QCOMPARE(social->queuePrefix, u"A"_qs);
        QCOMPARE(social->weeklyHours, u"mon-fri 09:00-11:30,14:00-17:00"_qs);
        QVERIFY(!social->officialName.in(u"zh").isEmpty());
        const auto friday = m_store->services().bookableSlots(u"certificate"_qs, DemoData::closedDay(kMonday),
                                                              DemoData::closedDay(kMonday)).value();
        QCOMPARE(friday.size(), 4);
        for (const BookableSlot &s : friday)
            QVERIFY2(s.closed, "the holiday's slots are shown as closed");
        QVERIFY(!m_store->services().bookableSlots(u"certificate"_qs, kNow.date(), kNow.date()).value().first().closed);
    }

    void preparingStoresNothing()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 2, 1);
        auto draft = m_store->services().prepareBooking(u"cert-thu-1100"_qs, kAnna, u"138 1234 5678"_qs);
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));
        QCOMPARE(draft->serviceId, u"certificate"_qs);
        QCOMPARE(draft->startsAt, QDateTime(QDate(2026, 12, 3), QTime(11, 0)));
        QCOMPARE(draft->visitorKey, m_store->keyFor(kAnna));
        QCOMPARE(draft->phone, u"13812345678"_qs);
        QCOMPARE(draft->state, BookingState::Provisional);
        QVERIFY(!draft->id.isEmpty() && draft->code.size() == 5);
        QCOMPARE(appointments(), 0);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 1);
        QCOMPARE(m_store->services().visitorKeyOf({}).value(), QString());

        auto badPhone = m_store->services().prepareBooking(u"cert-thu-1100"_qs, kAnna, u"12345"_qs);
        QVERIFY(!badPhone.ok());
        QCOMPARE(badPhone.error().kind, Kind::Invalid);
        QCOMPARE(badPhone.error().detail, u"phone"_qs);
        QCOMPARE(m_store->services().prepareBooking(u"cert-thu-1100"_qs, u"120101195803120210"_qs, {}).error().kind,
                 Kind::Invalid);
    }

    void twoVisitorsInARowForTheLastPlace()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 2, 1);
        // Both prepared while one place was left; the first to book gets it.
        auto anna = m_store->services().prepareBooking(u"cert-thu-1100"_qs, kAnna, {});
        auto ben = m_store->services().prepareBooking(u"cert-thu-1100"_qs, kBen, {});
        QVERIFY(anna.ok() && ben.ok());
        QVERIFY(anna->code != ben->code || anna->id != ben->id);
        auto first = m_store->services().book(anna.value());
        QVERIFY2(first.ok(), qPrintable(first.error().detail));
        QCOMPARE(first->id, anna->id);
        QCOMPARE(first->code, anna->code);
        QCOMPARE(first->slot.taken, 2);
        auto second = m_store->services().book(ben.value());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Kind::Full);
        QCOMPARE(second.error().message.english(), u"This time is fully booked. Please choose another time."_qs);
        QCOMPARE(appointments(), 1);
        QCOMPARE(outbox(u"booking"_qs), 1);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2);
        QCOMPARE(m_store->services().prepareBooking(u"cert-thu-1100"_qs, kBen, {}).error().kind, Kind::Full);
        QVERIFY(m_store->services().bookingsOf(kBen, kNow.date()).value().isEmpty());
    }

    void heldByTheServerEvenWhenTheCacheSaysFull()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 2, 2);
        BookingDraft held{u"019a0000-0000-7000-8000-0000000000aa"_qs, u"HJK23"_qs, u"cert-thu-1100"_qs, kAnna,
                          u"13812345678"_qs, BookingState::Confirmed};
        auto booked = m_store->services().book(held);
        QVERIFY2(booked.ok(), qPrintable(booked.error().detail));
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2); // never more than the places
        const QList<BookingRecord> mine = bookingsOfAnna();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].state, BookingState::Confirmed);
        QCOMPARE(mine[0].code, u"HJK23"_qs);
        QCOMPARE(mine[0].serviceName.in(u"en"), u"Disability certificate"_qs);
        QCOMPARE(mine[0].place.in(u"en"), u"Window 1"_qs);
        QVERIFY(!mine[0].whatToBring.in(u"zh").isEmpty());
        QCOMPARE(mine[0].endsAt, QDateTime(QDate(2026, 12, 3), QTime(11, 30)));
        OutboxEntry entry;
        for (const OutboxEntry &e : SyncQueue(*m_db).pending(10).value()) {
            if (e.id == held.id)
                entry = e;
        }
        QCOMPARE(entry.kind, u"booking"_qs);
        QCOMPARE(entry.payload.value(u"phone").toString(), u"13812345678"_qs);
        QCOMPARE(entry.payload.value(u"startsAt").toString(), u"2026-12-03T11:00:00"_qs);
        // The same booking stored twice stays one booking.
        QCOMPARE(m_store->services().book(held).error().kind, Kind::AlreadyDone);
        QCOMPARE(appointments(), 1);

        // Delivered: the phone leaves the kiosk; the booking stays for My bookings.
        QVERIFY(SyncQueue(*m_db).acknowledge({held.id}).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM appointments WHERE phone <> ''"_qs), 0);
        QCOMPARE(bookingsOfAnna().size(), 1);
    }

    void badTimesAreRefusedInPlainWords()
    {
        expectRefused(u"no-such-slot"_qs, Kind::NotFound, u"slotId"_qs,
                      "This time is no longer offered. Please choose another.");
        addSlot(u"cert-past"_qs, QDateTime(QDate(2026, 12, 2), QTime(9, 30)), 4, 0);
        expectRefused(u"cert-past"_qs, Kind::Invalid, u"startsAt"_qs, "This time has already passed. Please choose another.");
        addSlot(u"cert-closed"_qs, QDateTime(QDate(2026, 12, 3), QTime(16, 0)), 4, 0, true);
        expectRefused(u"cert-closed"_qs, Kind::Invalid, u"slotId"_qs,
                      "The station is closed on this day. Please choose another day.");
        addSlot(u"cert-none"_qs, QDateTime(QDate(2026, 12, 3), QTime(16, 30)), 0, 0);
        expectRefused(u"cert-none"_qs, Kind::Invalid, u"slotId"_qs, "This time takes no bookings. Please choose another.");

        addSlot(u"cert-open"_qs, QDateTime(QDate(2026, 12, 3), QTime(17, 0)), 4, 0);
        auto offer = m_store->services().service(u"certificate"_qs).value().value();
        offer.bookable = false;
        ChangeSet page;
        page.services.append(offer);
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
        expectRefused(u"cert-open"_qs, Kind::Invalid, u"serviceId"_qs,
                      "This service can no longer be booked. Please ask the staff.");
    }

    void myBookingsInTimeOrderAndOnlyMine()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 4, 0);
        addSlot(u"cert-wed-1600"_qs, QDateTime(QDate(2026, 12, 2), QTime(16, 0)), 4, 0);
        QVERIFY(m_store->services().book(u"cert-thu-1100"_qs, kAnna).ok());
        QVERIFY(m_store->services().book(u"cert-wed-1600"_qs, kAnna).ok());
        QVERIFY(m_store->services().book(u"cert-wed-1600"_qs, kBen).ok());
        const QList<BookingRecord> mine = bookingsOfAnna();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].startsAt, QDateTime(QDate(2026, 12, 2), QTime(16, 0)));
        QCOMPARE(mine[1].startsAt, QDateTime(QDate(2026, 12, 3), QTime(11, 0)));
        QCOMPARE(mine[0].state, BookingState::Provisional);
        QCOMPARE(mine[0].queueNumber, 1);
        QCOMPARE(m_store->services().bookingsOf(kAnna, QDate(2026, 12, 3)).value().size(), 1);
        QCOMPARE(m_store->services().bookingsOf(u"nonsense"_qs, kNow.date()).error().kind, Kind::Invalid);
    }

    void cancellingTwiceSaysSo()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 4, 3);
        auto booked = m_store->services().book(u"cert-thu-1100"_qs, kAnna);
        QVERIFY(booked.ok());
        QCOMPARE(taken(u"cert-thu-1100"_qs), 4);

        QCOMPARE(m_store->services().cancelBooking(booked->id, kBen).error().kind, Kind::NotFound);
        QCOMPARE(m_store->services().cancelBooking(u"nope"_qs, kAnna).error().kind, Kind::NotFound);
        auto cancelled = m_store->services().cancelBooking(booked->id, kAnna);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().detail));
        QCOMPARE(taken(u"cert-thu-1100"_qs), 3);
        QCOMPARE(bookingsOfAnna().first().state, BookingState::Cancelled);
        const OutboxEntry entry = SyncQueue(*m_db).pending(10).value().last();
        QCOMPARE(entry.kind, u"booking_cancellation"_qs);
        QCOMPARE(entry.id, cancelled.value());
        QCOMPARE(entry.payload.value(u"bookingId").toString(), booked->id);

        auto again = m_store->services().cancelBooking(booked->id, kAnna);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Kind::Invalid);
        QCOMPARE(again.error().message.english(), u"This booking is already cancelled."_qs);
        QVERIFY(again.error().message.in(u"zh") != again.error().message.english());
        QCOMPARE(outbox(u"booking_cancellation"_qs), 1);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 3);

        // The server's "confirmed", arriving before it heard of the cancellation, changes nothing.
        ChangeSet late;
        late.bookingStatuses.append({booked->id, BookingState::Confirmed, {}, kNow.toUTC()});
        QVERIFY(SyncQueue(*m_db).apply(late).ok());
        QCOMPARE(bookingsOfAnna().first().state, BookingState::Cancelled);
    }

    void theServersWordOnABooking()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 4, 1);
        auto kept = m_store->services().book(u"cert-thu-1100"_qs, kAnna);
        auto lost = m_store->services().book(u"cert-thu-1100"_qs, kAnna);
        QVERIFY(kept.ok() && lost.ok());
        QCOMPARE(taken(u"cert-thu-1100"_qs), 3);
        QCOMPARE(m_store->services().unconfirmedBookings(kNow.date()).value().size(), 2);

        ChangeSet page;
        page.bookingStatuses.append({kept->id, BookingState::Confirmed, {}, kNow.toUTC()});
        page.bookingStatuses.append({lost->id, BookingState::Refused, u"This time was fully booked."_qs, kNow.toUTC()});
        SyncQueue sync(*m_db);
        QVERIFY(sync.apply(page).ok());
        QVERIFY(sync.apply(page).ok()); // a replayed page frees the place once
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2);
        const QList<BookingRecord> mine = bookingsOfAnna();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].state, BookingState::Confirmed);
        QCOMPARE(mine[1].state, BookingState::Refused);
        QCOMPARE(mine[1].refusedReason, u"This time was fully booked."_qs);
        const auto staff = m_store->services().unconfirmedBookings(kNow.date()).value();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff[0].id, lost->id);

        // Cancelling a refused booking sends nothing: the server holds no place for it.
        auto withdrawn = m_store->services().cancelBooking(lost->id, kAnna);
        QVERIFY(withdrawn.ok());
        QVERIFY(withdrawn.value().isEmpty());
        QCOMPARE(outbox(u"booking_cancellation"_qs), 0);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2);

        // Cancelled by the server (staff): the place is free again.
        ChangeSet byStaff;
        byStaff.bookingStatuses.append({kept->id, BookingState::Cancelled, {}, kNow.toUTC()});
        QVERIFY(sync.apply(byStaff).ok());
        QCOMPARE(taken(u"cert-thu-1100"_qs), 1);
        QCOMPARE(bookingsOfAnna()[0].state, BookingState::Cancelled);
    }

    void theServersCountKeepsTheOfflineBookingsNotYetSent()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 3, 0);
        auto offline = m_store->services().book(u"cert-thu-1100"_qs, kAnna);
        QVERIFY(offline.ok());
        // The server has not heard of it: its row says one place taken by someone else.
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 3, 1);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2);
        // Delivered, the server counts it itself.
        QVERIFY(SyncQueue(*m_db).acknowledge({offline->id}).ok());
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 3, 2);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2);
    }

    void aFailingPageLeavesBookingsAlone()
    {
        addSlot(u"cert-thu-1100"_qs, QDateTime(QDate(2026, 12, 3), QTime(11, 0)), 4, 1);
        auto booked = m_store->services().book(u"cert-thu-1100"_qs, kAnna);
        QVERIFY(booked.ok());
        ChangeSet page;
        page.cursor = u"c-9"_qs;
        page.bookingStatuses.append({booked->id, BookingState::Refused, u"full"_qs, kNow.toUTC()});
        BookableSlot orphan{u"orphan"_qs, u"no-such-service"_qs, kNow.addDays(1), kNow.addDays(1), 1, 0};
        page.bookableSlots.append(orphan);
        QVERIFY(!SyncQueue(*m_db).apply(page).ok());
        QCOMPARE(bookingsOfAnna().first().state, BookingState::Provisional);
        QCOMPARE(taken(u"cert-thu-1100"_qs), 2);
    }
};

QTEST_GUILESS_MAIN(TestBookings)
#include "tst_bookings.moc"
