// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/bookinghold.h"
#include "server/changefeed.h"
#include "server/database.h"
#include "server/slotboard.h"

#include <QList>
#include <optional>

namespace server {

/// @brief The server's side of booking a time: it owns every slot's capacity.
///
/// A hold takes a place with one conditional UPDATE (taken < capacity, not closed) and checks
/// the changed row count, so two kiosks asking for the last place at once cannot both get it,
/// on SQLite and on PostgreSQL. The same booking id asked again gets the same answer. Every
/// change is a `slot` row (the new counts) and a `booking_status` row for the station. Every call
/// runs inside the caller's transaction: a caller who asked (POST /v1/bookings) rolls a refusal
/// back, so nothing of it is stored; a pushed booking keeps its refusal, with the reason.
class BookingDesk
{
public:
    enum class Outcome {
        Held,             ///< the place is the booking's (now or before)
        Full,             ///< no place left
        Gone,             ///< no such slot at this station
        Invalid,          ///< past, closed day, capacity 0, service not bookable or another service's slot
        IdInUse,          ///< another station's booking has this id
        Refused,          ///< this booking was refused before (pushed while the slot was full)
        AlreadyCancelled, ///< cancelled before
        NotFound,         ///< cancel: no such booking at this station
        Cancelled,        ///< cancel done
        StorageFailed,
    };
    enum class Refusal {
        Forget, ///< the kiosk asked and is waiting: it is told, nothing is stored (the caller rolls back)
        Keep,   ///< a pushed booking: stored as refused with the reason, and the station is told
    };

    struct Answer
    {
        Outcome outcome = Outcome::StorageFailed;
        QString field;   ///< the field at fault, for refusals
        QString message; ///< plain words
        std::optional<SlotBoard::Slot> slot;
    };

    struct Row
    {
        QString id, code, serviceCode, startsAt, status, reason, phone;
    };

    explicit BookingDesk(Database &db) : m_db(db), m_feed(db), m_slots(db) {}

    Answer hold(const QString &stationId, const BookingHold &request, Refusal refusal);
    Answer cancel(const QString &stationId, const QString &bookingId);
    /// The station's bookings, soonest first; only the refused ones (for staff to call) when asked.
    [[nodiscard]] std::optional<QList<Row>> bookings(const QString &stationId, bool refusedOnly);

    /// For a pushed item of kind `booking` or `booking_cancellation`: "field: reason" when it
    /// must be rejected (nothing stored), else empty. Other kinds: empty.
    [[nodiscard]] QString pushProblem(const QString &kind, const QJsonObject &payload, const QString &id,
                                      const QString &stationId);
    /// What a stored pushed item does: holds the booking (refusal kept), or cancels it.
    bool applyPushed(const QString &kind, const QJsonObject &payload, const QString &id, const QString &stationId);

private:
    bool lockFeedFirst();
    Answer existing(const QString &stationId, const QString &bookingId, bool *found);
    Answer refuse(const QString &stationId, const BookingHold &request, Refusal refusal, Answer answer);
    bool insertBooking(const QString &stationId, const BookingHold &request, const QString &status,
                       const QString &reason, bool *inserted);
    bool tellStatus(const QString &stationId, const QString &bookingId, const QString &status, const QString &reason);

    Database &m_db;
    ChangeFeed m_feed;
    SlotBoard m_slots;
};

} // namespace server
