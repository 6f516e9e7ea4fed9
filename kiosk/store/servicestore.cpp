// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/servicestore.h"
#include "core/translatabletext.h"

#include "core/uuidv7.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

namespace {

using Kind = StoreError::Kind;

const QString kServiceColumns = QStringLiteral(
    "id, category, name_zh, name_en, offers_zh, offers_en, eligibility_zh, eligibility_en, bring_zh, bring_en, "
    "hours_zh, hours_en, bookable, sort_order");
const QString kSlotColumns = QStringLiteral("id, service_id, starts_at, ends_at, capacity, taken");

ServiceOffer readService(const QSqlQuery &q)
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
    return s;
}

BookableSlot readSlot(const QSqlQuery &q)
{
    BookableSlot s;
    s.id = q.value(0).toString();
    s.serviceId = q.value(1).toString();
    s.startsAt = SqlValues::toLocalTime(q.value(2));
    s.endsAt = SqlValues::toLocalTime(q.value(3));
    s.capacity = q.value(4).toInt();
    s.taken = q.value(5).toInt();
    return s;
}

} // namespace

ServiceStore::ServiceStore(StoreContext &context)
    : m_context(context)
{
}

Result<QList<ServiceOffer>> ServiceStore::catalogue(std::optional<core::ServiceCategory> category) const
{
    const Database &db = m_context.database();
    auto q = category
        ? db.exec(QStringLiteral("SELECT %1 FROM services WHERE category = ? ORDER BY sort_order, id").arg(kServiceColumns),
                  {core::ServiceCategories::key(*category)})
        : db.exec(QStringLiteral("SELECT %1 FROM services ORDER BY sort_order, id").arg(kServiceColumns));
    if (!q.ok())
        return q.error();
    QList<ServiceOffer> out;
    while (q.value().next())
        out.append(readService(q.value()));
    return out;
}

Result<std::optional<ServiceOffer>> ServiceStore::service(const QString &serviceId) const
{
    auto q = m_context.database().exec(QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(kServiceColumns),
                                       {serviceId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<ServiceOffer>();
    return std::optional<ServiceOffer>(readService(q.value()));
}

Result<QList<BookableSlot>> ServiceStore::bookableSlots(const QString &serviceId, QDate from, QDate to) const
{
    auto q = m_context.database().exec(
        QStringLiteral("SELECT %1 FROM slots WHERE service_id = ? AND starts_at >= ? AND starts_at < ? "
                       "ORDER BY starts_at, id").arg(kSlotColumns),
        {serviceId, from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    QList<BookableSlot> out;
    while (q.value().next())
        out.append(readSlot(q.value()));
    return out;
}

Result<Booking> ServiceStore::book(const QString &slotId, QStringView idNumber)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    auto key = m_context.optionalVisitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    const QString visitorKey = key.value();
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<Booking> {
        auto q = db.exec(QStringLiteral("SELECT %1 FROM slots WHERE id = ?").arg(kSlotColumns), {slotId});
        if (!q.ok())
            return q.error();
        if (!q.value().next()) {
            return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::ServiceStore",
                                    "This time is no longer offered. Please choose another."));
        }
        Booking booking;
        booking.slot = readSlot(q.value());
        q.value().finish();
        if (booking.slot.startsAt <= at) {
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::ServiceStore",
                                    "This time has already passed. Please choose another."));
        }
        if (booking.slot.freePlaces() <= 0) {
            return StoreError::make(Kind::Full, core::TranslatableText::translate("store::ServiceStore",
                                    "This time is fully booked. Please choose another time."));
        }
        const QString day = booking.slot.startsAt.date().toString(Qt::ISODate);
        auto queue = db.scalar(QStringLiteral("SELECT COALESCE(MAX(queue_number), 0) + 1 FROM appointments "
                                              "WHERE service_id = ? AND starts_at >= ? AND starts_at < ?"),
                               {booking.slot.serviceId, day, booking.slot.startsAt.date().addDays(1).toString(Qt::ISODate)});
        if (!queue.ok())
            return queue.error();
        auto code = outbox.uniqueCode(QStringLiteral("appointments"));
        if (!code.ok())
            return code.error();
        booking.id = core::UuidV7::generateString();
        booking.code = code.value();
        booking.queueNumber = queue.value().toInt();
        const QVariant startsAt = SqlValues::localTime(booking.slot.startsAt);
        auto inserted = db.exec(QStringLiteral("INSERT INTO appointments(id, slot_id, service_id, starts_at, id_hash, "
                                               "queue_number, code, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                                {booking.id, slotId, booking.slot.serviceId, startsAt, SqlValues::orNull(visitorKey),
                                 booking.queueNumber, booking.code, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto counted = db.exec(QStringLiteral("UPDATE slots SET taken = taken + 1 WHERE id = ?"), {slotId});
        if (!counted.ok())
            return counted.error();
        ++booking.slot.taken;
        auto queued = outbox.enqueue(booking.id, QStringLiteral("booking"),
                                     {{QStringLiteral("slotId"), slotId},
                                      {QStringLiteral("serviceId"), booking.slot.serviceId},
                                      {QStringLiteral("startsAt"), startsAt.toString()},
                                      {QStringLiteral("queueNumber"), booking.queueNumber},
                                      {QStringLiteral("code"), booking.code},
                                      {QStringLiteral("visitorKey"), visitorKey}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return booking;
    });
}

} // namespace store
