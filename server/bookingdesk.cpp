// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/bookingdesk.h"

#include "server/catalogue.h"
#include "server/stationclock.h"

#include <QDateTime>
#include <QJsonObject>

namespace server {

namespace {

BookingDesk::Answer answer(BookingDesk::Outcome outcome, const QString &field, const QString &message)
{
    return {outcome, field, message, std::nullopt};
}

} // namespace

bool BookingDesk::lockFeedFirst()
{
    // Every writer that appends a change row ends up holding the feed's counter row until it
    // commits. A push batch holds it after its first booking and may then need a second slot
    // that a concurrent hold has locked while that hold waits for the counter: a deadlock on
    // PostgreSQL. Taking the counter before any slot gives every transaction the same order.
    // (SQLite's BEGIN IMMEDIATE already lets one writer in at a time.)
    if (!m_db.isPostgres())
        return true;
    return m_db.exec(QStringLiteral("SELECT last_seq FROM change_counter WHERE id = 1 FOR UPDATE")).has_value();
}

BookingDesk::Answer BookingDesk::existing(const QString &stationId, const QString &bookingId, bool *found)
{
    *found = false;
    auto q = m_db.exec(QStringLiteral("SELECT station_id, status, reason, slot_id FROM bookings WHERE id = ?"), {bookingId});
    if (!q) {
        *found = true; // a storage failure is an answer too: the caller stops
        return {};
    }
    if (!q->next())
        return {};
    *found = true;
    const QString owner = q->value(0).toString();
    const QString status = q->value(1).toString();
    const QString reason = q->value(2).toString();
    const QString slotId = q->value(3).toString();
    q->finish();
    if (owner != stationId)
        return answer(Outcome::IdInUse, QStringLiteral("id"), QStringLiteral("this id is already used by another booking"));
    Answer a;
    a.slot = m_slots.find(stationId, slotId);
    if (status == u"confirmed") {
        a.outcome = Outcome::Held;
    } else if (status == u"refused") {
        a.outcome = Outcome::Refused;
        a.field = QStringLiteral("id");
        a.message = QStringLiteral("this booking was not confirmed: %1").arg(reason);
    } else {
        a.outcome = Outcome::AlreadyCancelled;
        a.field = QStringLiteral("id");
        a.message = QStringLiteral("this booking was cancelled");
    }
    return a;
}

bool BookingDesk::insertBooking(const QString &stationId, const BookingHold &r, const QString &status,
                                const QString &reason, bool *inserted)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The phone is kept only where staff need it: to call about a booking that was refused.
    const QVariant phone = status == u"refused" && !r.phone.isEmpty() ? QVariant(r.phone) : QVariant();
    auto q = m_db.exec(QStringLiteral("INSERT INTO bookings (id, station_id, slot_id, service_code, starts_at, code,"
                                      " visitor_key, phone, status, reason, created_at, changed_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                       {r.id, stationId, r.slotId, r.serviceId, r.startsAt.left(19), r.code,
                        r.visitorKey.isEmpty() ? QVariant() : QVariant(r.visitorKey), phone, status, reason, now, now});
    if (!q)
        return false;
    *inserted = q->numRowsAffected() > 0;
    return true;
}

bool BookingDesk::tellStatus(const QString &stationId, const QString &bookingId, const QString &status, const QString &reason)
{
    QJsonObject data{{QStringLiteral("status"), status},
                     {QStringLiteral("changedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return m_feed.append(stationId, {0, QStringLiteral("booking_status"), bookingId, data, false});
}

BookingDesk::Answer BookingDesk::refuse(const QString &stationId, const BookingHold &request, Refusal refusal, Answer a)
{
    if (refusal == Refusal::Forget)
        return a;
    // A pushed booking is delivered even when refused: kept with the reason, the station told,
    // and the slot's true counts sent (the kiosk counted the place it could not have).
    bool inserted = false;
    if (!insertBooking(stationId, request, QStringLiteral("refused"), a.message, &inserted))
        return {};
    if (!inserted) {
        bool found = false;
        return existing(stationId, request.id, &found);
    }
    if (a.slot && !m_slots.announce(stationId, a.slot->id))
        return {};
    if (!tellStatus(stationId, request.id, QStringLiteral("refused"), a.message))
        return {};
    return a;
}

BookingDesk::Answer BookingDesk::hold(const QString &stationId, const BookingHold &request, Refusal refusal)
{
    bool found = false;
    Answer before = existing(stationId, request.id, &found);
    if (found)
        return before;

    const auto slot = m_slots.find(stationId, request.slotId);
    if (!slot)
        return refuse(stationId, request, refusal,
                      answer(Outcome::Gone, QStringLiteral("slotId"), QStringLiteral("This time is no longer offered.")));
    Answer refused{Outcome::Invalid, {}, {}, slot};
    const auto service = Catalogue(m_db).service(slot->serviceCode);
    if (slot->serviceCode != request.serviceId) {
        refused.field = QStringLiteral("serviceId");
        refused.message = QStringLiteral("This time belongs to another service.");
    } else if (!service || !service->bookable) {
        refused.field = QStringLiteral("serviceId");
        refused.message = QStringLiteral("This service takes no bookings now.");
    } else if (slot->startsAt <= StationClock::now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))) {
        refused.field = QStringLiteral("startsAt");
        refused.message = QStringLiteral("This time has already passed.");
    } else if (slot->closed) {
        refused.field = QStringLiteral("slotId");
        refused.message = QStringLiteral("The station is closed that day.");
    } else if (slot->capacity == 0) {
        refused.field = QStringLiteral("slotId");
        refused.message = QStringLiteral("This time takes no bookings.");
    }
    if (!refused.field.isEmpty())
        return refuse(stationId, request, refusal, refused);

    if (!lockFeedFirst())
        return {};
    bool inserted = false;
    if (!insertBooking(stationId, request, QStringLiteral("confirmed"), {}, &inserted))
        return {};
    if (!inserted) // the same id, asked at the same moment by a retry: its answer counts
        return existing(stationId, request.id, &found);
    // The one statement that decides: it cannot take a place that is not free, whoever else
    // is taking one at the same moment (PostgreSQL re-reads the row after a concurrent update).
    auto taken = m_db.exec(QStringLiteral("UPDATE slots SET taken = taken + 1, updated_at = ? WHERE id = ? AND station_id = ?"
                                          " AND taken < capacity AND closed = 0"),
                           {QDateTime::currentMSecsSinceEpoch(), request.slotId, stationId});
    if (!taken)
        return {};
    if (taken->numRowsAffected() != 1) {
        Answer full{Outcome::Full, QStringLiteral("slotId"), QStringLiteral("This time is fully booked."),
                    m_slots.find(stationId, request.slotId)};
        if (full.slot && full.slot->closed) {
            full.outcome = Outcome::Invalid;
            full.message = QStringLiteral("The station is closed that day.");
        }
        if (refusal == Refusal::Forget)
            return full;
        const QVariant phone = request.phone.isEmpty() ? QVariant() : QVariant(request.phone);
        if (!m_db.exec(QStringLiteral("UPDATE bookings SET status = 'refused', reason = ?, phone = ?, changed_at = ? WHERE id = ?"),
                       {full.message, phone, QDateTime::currentMSecsSinceEpoch(), request.id})
            || !m_slots.announce(stationId, request.slotId)
            || !tellStatus(stationId, request.id, QStringLiteral("refused"), full.message))
            return {};
        return full;
    }
    if (!m_slots.announce(stationId, request.slotId) || !tellStatus(stationId, request.id, QStringLiteral("confirmed"), {}))
        return {};
    return {Outcome::Held, {}, {}, m_slots.find(stationId, request.slotId)};
}

BookingDesk::Answer BookingDesk::cancel(const QString &stationId, const QString &bookingId)
{
    // Another station's booking answers exactly like a missing one.
    auto q = m_db.exec(QStringLiteral("SELECT status, slot_id FROM bookings WHERE id = ? AND station_id = ?"),
                       {bookingId, stationId});
    if (!q)
        return {};
    if (!q->next())
        return answer(Outcome::NotFound, QStringLiteral("id"), QStringLiteral("no such booking at this station"));
    const QString status = q->value(0).toString();
    const QString slotId = q->value(1).toString();
    q->finish();
    if (status == u"cancelled")
        return answer(Outcome::AlreadyCancelled, QStringLiteral("id"), QStringLiteral("this booking is already cancelled"));
    if (!lockFeedFirst())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_db.exec(QStringLiteral("UPDATE bookings SET status = 'cancelled', phone = NULL, changed_at = ? WHERE id = ?"),
                   {now, bookingId}))
        return {};
    // Only a confirmed booking holds a place to give back; a refused one never had one.
    if (status == u"confirmed") {
        if (!m_db.exec(QStringLiteral("UPDATE slots SET taken = taken - 1, updated_at = ? WHERE id = ? AND station_id = ?"
                                      " AND taken > 0"),
                       {now, slotId, stationId}))
            return {};
        if (m_slots.find(stationId, slotId) && !m_slots.announce(stationId, slotId))
            return {};
    }
    if (!tellStatus(stationId, bookingId, QStringLiteral("cancelled"), {}))
        return {};
    return {Outcome::Cancelled, {}, {}, m_slots.find(stationId, slotId)};
}

std::optional<QList<BookingDesk::Row>> BookingDesk::bookings(const QString &stationId, bool refusedOnly)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code, service_code, starts_at, status, reason, phone FROM bookings"
                                      " WHERE station_id = ?%1 ORDER BY starts_at, code")
                           .arg(refusedOnly ? QStringLiteral(" AND status = 'refused'") : QString()),
                       {stationId});
    if (!q)
        return std::nullopt;
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString()});
    return rows;
}

QString BookingDesk::pushProblem(const QString &kind, const QJsonObject &payload, const QString &id, const QString &stationId)
{
    if (kind == u"booking") {
        QJsonObject body = payload;
        body.insert(QStringLiteral("id"), id);
        BookingHold::Problem problem;
        if (!BookingHold::read(body, &problem))
            return problem.field + QStringLiteral(": ") + problem.message;
        const QVariant owner = m_db.scalar(QStringLiteral("SELECT station_id FROM bookings WHERE id = ?"), {id.toLower()});
        if (owner.isValid() && owner.toString() != stationId)
            return QStringLiteral("id: this id is already used by another booking");
        return {};
    }
    if (kind == u"booking_cancellation") {
        const QString bookingId = payload.value(QStringLiteral("bookingId")).toString().toLower();
        const QVariant status = m_db.scalar(QStringLiteral("SELECT status FROM bookings WHERE id = ? AND station_id = ?"),
                                            {bookingId, stationId});
        if (!status.isValid())
            return QStringLiteral("bookingId: no such booking at this station");
        if (status.toString() == u"cancelled")
            return QStringLiteral("bookingId: this booking is already cancelled");
        return {};
    }
    return {};
}

bool BookingDesk::applyPushed(const QString &kind, const QJsonObject &payload, const QString &id, const QString &stationId)
{
    if (kind == u"booking") {
        QJsonObject body = payload;
        body.insert(QStringLiteral("id"), id);
        const auto request = BookingHold::read(body, nullptr);
        if (!request)
            return false;
        // Held already by the kiosk's direct request, whose answer it may never have heard (a
        // time-out): it keeps the booking as provisional until it is told.
        bool heldBefore = false;
        const Answer before = existing(stationId, request->id, &heldBefore);
        if (heldBefore && before.outcome == Outcome::Held)
            return tellStatus(stationId, request->id, QStringLiteral("confirmed"), {});
        return hold(stationId, *request, Refusal::Keep).outcome != Outcome::StorageFailed;
    }
    if (kind == u"booking_cancellation") {
        const QString bookingId = payload.value(QStringLiteral("bookingId")).toString().toLower();
        return cancel(stationId, bookingId).outcome != Outcome::StorageFailed;
    }
    return true;
}

} // namespace server
