// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/servicerows.h"

#include "kiosk/store/sqlvalues.h"

namespace store {

const QString &ServiceRows::serviceColumns()
{
    static const QString columns = QStringLiteral(
        "id, category, name_zh, name_en, offers_zh, offers_en, eligibility_zh, eligibility_en, bring_zh, bring_en, "
        "hours_zh, hours_en, bookable, sort_order, official_zh, official_en, place_zh, place_en, weekly_hours, "
        "walk_in, queue_prefix");
    return columns;
}

const QString &ServiceRows::slotColumns()
{
    static const QString columns = QStringLiteral("id, service_id, starts_at, ends_at, capacity, taken, closed");
    return columns;
}

const QString &ServiceRows::bookingColumns()
{
    static const QString columns = QStringLiteral(
        "a.id, a.code, a.service_id, s.name_zh, s.name_en, s.place_zh, s.place_en, a.starts_at, a.ends_at, "
        "a.queue_number, a.state, s.bring_zh, s.bring_en, a.refused_reason");
    return columns;
}

ServiceOffer ServiceRows::readService(const QSqlQuery &q)
{
    ServiceOffer s;
    s.id = q.value(0).toString();
    s.category = core::ServiceCategories::fromKey(q.value(1).toString()).value_or(core::ServiceCategory::Rehabilitation);
    s.name = SqlValues::toText(q, 2);
    s.offers = SqlValues::toText(q, 4);
    s.eligibility = SqlValues::toText(q, 6);
    s.whatToBring = SqlValues::toText(q, 8);
    s.openingHours = SqlValues::toText(q, 10);
    s.bookable = q.value(12).toBool();
    s.sortOrder = q.value(13).toInt();
    s.officialName = SqlValues::toText(q, 14);
    s.place = SqlValues::toText(q, 16);
    s.weeklyHours = q.value(18).toString();
    s.walkIn = q.value(19).toBool();
    s.queuePrefix = q.value(20).toString();
    return s;
}

BookableSlot ServiceRows::readSlot(const QSqlQuery &q)
{
    BookableSlot s;
    s.id = q.value(0).toString();
    s.serviceId = q.value(1).toString();
    s.startsAt = SqlValues::toLocalTime(q.value(2));
    s.endsAt = SqlValues::toLocalTime(q.value(3));
    s.capacity = q.value(4).toInt();
    s.taken = q.value(5).toInt();
    s.closed = q.value(6).toBool();
    return s;
}

BookingRecord ServiceRows::readBooking(const QSqlQuery &q)
{
    BookingRecord b;
    b.id = q.value(0).toString();
    b.code = q.value(1).toString();
    b.serviceId = q.value(2).toString();
    b.serviceName = SqlValues::toText(q, 3);
    b.place = SqlValues::toText(q, 5);
    b.startsAt = SqlValues::toLocalTime(q.value(7));
    b.endsAt = SqlValues::toLocalTime(q.value(8));
    b.queueNumber = q.value(9).toInt();
    b.state = BookingStates::fromKey(q.value(10).toString()).value_or(BookingState::Provisional);
    b.whatToBring = SqlValues::toText(q, 11);
    b.refusedReason = q.value(13).toString();
    return b;
}

} // namespace store
