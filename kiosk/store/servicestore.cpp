// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/servicestore.h"

#include "core/phonenumber.h"
#include "core/translatabletext.h"
#include "core/uuidv7.h"
#include "kiosk/store/bookingcheck.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/servicerows.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

namespace {

using Kind = StoreError::Kind;

// `sentence` is marked at each call with QT_TRANSLATE_NOOP, so the catalogues hold it.
StoreError refused(Kind kind, const char *sentence, const char *field)
{
    return StoreError::make(kind, core::TranslatableText::translate("store::ServiceStore", sentence),
                            QString::fromLatin1(field));
}

/// Digits of an optional phone number, or its problem's words.
Result<QString> phoneDigits(QStringView phone)
{
    if (phone.trimmed().isEmpty())
        return QString();
    core::PhoneProblem problem = core::PhoneProblem::None;
    const auto parsed = core::PhoneNumber::parse(phone, &problem);
    if (!parsed)
        return StoreError::make(Kind::Invalid, core::PhoneNumber::problemText(problem), QStringLiteral("phone"));
    return parsed->digits();
}

Result<QList<BookingRecord>> bookingList(const Database &db, const QString &where, const QVariantList &values)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM appointments a LEFT JOIN services s ON s.id = a.service_id "
                                    "WHERE %2 ORDER BY a.starts_at, a.id").arg(ServiceRows::bookingColumns(), where),
                     values);
    if (!q.ok())
        return q.error();
    QList<BookingRecord> out;
    while (q.value().next())
        out.append(ServiceRows::readBooking(q.value()));
    return out;
}

} // namespace

ServiceStore::ServiceStore(StoreContext &context)
    : m_context(context)
{
}

Result<QList<ServiceOffer>> ServiceStore::catalogue(std::optional<core::ServiceCategory> category) const
{
    const Database &db = m_context.database();
    const QString &columns = ServiceRows::serviceColumns();
    auto q = category
        ? db.exec(QStringLiteral("SELECT %1 FROM services WHERE category = ? ORDER BY sort_order, id").arg(columns),
                  {core::ServiceCategories::key(*category)})
        : db.exec(QStringLiteral("SELECT %1 FROM services ORDER BY sort_order, id").arg(columns));
    if (!q.ok())
        return q.error();
    QList<ServiceOffer> out;
    while (q.value().next())
        out.append(ServiceRows::readService(q.value()));
    return out;
}

Result<std::optional<ServiceOffer>> ServiceStore::service(const QString &serviceId) const
{
    auto q = m_context.database().exec(
        QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(ServiceRows::serviceColumns()), {serviceId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<ServiceOffer>();
    return std::optional<ServiceOffer>(ServiceRows::readService(q.value()));
}

Result<QList<BookableSlot>> ServiceStore::bookableSlots(const QString &serviceId, QDate from, QDate to) const
{
    auto q = m_context.database().exec(
        QStringLiteral("SELECT %1 FROM slots WHERE service_id = ? AND starts_at >= ? AND starts_at < ? "
                       "ORDER BY starts_at, id").arg(ServiceRows::slotColumns()),
        {serviceId, from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    QList<BookableSlot> out;
    while (q.value().next())
        out.append(ServiceRows::readSlot(q.value()));
    return out;
}

Result<QString> ServiceStore::visitorKeyOf(QStringView idNumber) const
{
    return m_context.optionalVisitorKeyOf(idNumber);
}

Result<BookingDraft> ServiceStore::prepareBooking(const QString &slotId, QStringView idNumber, QStringView phone) const
{
    auto key = m_context.optionalVisitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    auto digits = phoneDigits(phone);
    if (!digits.ok())
        return digits.error();
    const Database &db = m_context.database();
    auto slot = BookingCheck::slot(db, slotId, m_context.now(), BookingCheck::Places::Count);
    if (!slot.ok())
        return slot.error();
    auto code = OutboxWriter(m_context.database()).uniqueCode(QStringLiteral("appointments"));
    if (!code.ok())
        return code.error();
    BookingDraft draft;
    draft.id = core::UuidV7::generateString();
    draft.code = code.value();
    draft.slotId = slotId;
    draft.idNumber = idNumber.trimmed().toString();
    draft.phone = digits.value();
    draft.state = BookingState::Provisional;
    draft.serviceId = slot.value().serviceId;
    draft.startsAt = slot.value().startsAt;
    draft.visitorKey = key.value();
    return draft;
}

Result<Booking> ServiceStore::book(const QString &slotId, QStringView idNumber)
{
    auto draft = prepareBooking(slotId, idNumber, {});
    if (!draft.ok())
        return draft.error();
    return book(draft.value());
}

Result<Booking> ServiceStore::book(const BookingDraft &draft)
{
    if (draft.state != BookingState::Confirmed && draft.state != BookingState::Provisional)
        return StoreError::storage(QStringLiteral("a new booking is confirmed or provisional"));
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    auto key = m_context.optionalVisitorKeyOf(draft.idNumber);
    if (!key.ok())
        return key.error();
    auto digits = phoneDigits(draft.phone);
    if (!digits.ok())
        return digits.error();
    const QString visitorKey = key.value();
    const QString phone = digits.value();
    const bool held = draft.state == BookingState::Confirmed;
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<Booking> {
        auto checked = BookingCheck::slot(db, draft.slotId, at,
                                          held ? BookingCheck::Places::Ignore : BookingCheck::Places::Count);
        if (!checked.ok())
            return checked.error();
        Booking booking;
        booking.slot = checked.value();
        booking.id = draft.id.isEmpty() ? core::UuidV7::generateString() : draft.id;
        auto known = db.scalar(QStringLiteral("SELECT 1 FROM appointments WHERE id = ?"), {booking.id});
        if (!known.ok())
            return known.error();
        if (known.value().isValid())
            return refused(Kind::AlreadyDone, QT_TRANSLATE_NOOP("store::ServiceStore", "This booking is already saved."), "id");
        booking.code = draft.code;
        if (booking.code.isEmpty()) {
            auto code = outbox.uniqueCode(QStringLiteral("appointments"));
            if (!code.ok())
                return code.error();
            booking.code = code.value();
        }
        const QDate day = booking.slot.startsAt.date();
        auto queue = db.scalar(QStringLiteral("SELECT COALESCE(MAX(queue_number), 0) + 1 FROM appointments "
                                              "WHERE service_id = ? AND starts_at >= ? AND starts_at < ?"),
                               {booking.slot.serviceId, day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)});
        if (!queue.ok())
            return queue.error();
        booking.queueNumber = queue.value().toInt();
        const QVariant startsAt = SqlValues::localTime(booking.slot.startsAt);
        auto inserted = db.exec(
            QStringLiteral("INSERT INTO appointments(id, slot_id, service_id, starts_at, ends_at, id_hash, queue_number, "
                           "code, created_at, state, phone) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {booking.id, draft.slotId, booking.slot.serviceId, startsAt, SqlValues::localTime(booking.slot.endsAt),
             SqlValues::orNull(visitorKey), booking.queueNumber, booking.code, SqlValues::utc(at),
             BookingStates::key(draft.state), phone});
        if (!inserted.ok())
            return inserted.error();
        // A held place may exceed the cached count (the server knew of a free one): the cache
        // never shows more taken than there are places; the next slot row brings the truth.
        auto counted = db.exec(QStringLiteral("UPDATE slots SET taken = MIN(taken + 1, capacity) WHERE id = ?"),
                               {draft.slotId});
        if (!counted.ok())
            return counted.error();
        booking.slot.taken = qMin(booking.slot.taken + 1, booking.slot.capacity);
        QJsonObject payload{{QStringLiteral("slotId"), draft.slotId},
                            {QStringLiteral("serviceId"), booking.slot.serviceId},
                            {QStringLiteral("startsAt"), startsAt.toString()},
                            {QStringLiteral("queueNumber"), booking.queueNumber},
                            {QStringLiteral("code"), booking.code},
                            {QStringLiteral("visitorKey"), visitorKey}};
        if (!phone.isEmpty())
            payload.insert(QStringLiteral("phone"), phone);
        if (auto queued = outbox.enqueue(booking.id, QStringLiteral("booking"), payload, at); !queued.ok())
            return queued.error();
        return booking;
    });
}

Result<QList<BookingRecord>> ServiceStore::bookingsOf(QStringView idNumber, QDate fromDay) const
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    return bookingList(m_context.database(), QStringLiteral("a.id_hash = ? AND a.starts_at >= ?"),
                       {key.value(), SqlValues::date(fromDay)});
}

Result<QList<BookingRecord>> ServiceStore::unconfirmedBookings(QDate fromDay) const
{
    return bookingList(m_context.database(),
                       QStringLiteral("a.state IN ('refused', 'provisional') AND a.starts_at >= ?"),
                       {SqlValues::date(fromDay)});
}

Result<QString> ServiceStore::cancelBooking(const QString &bookingId, QStringView idNumber)
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<QString> {
        auto q = db.exec(QStringLiteral("SELECT state, slot_id, starts_at FROM appointments WHERE id = ? AND id_hash = ?"),
                         {bookingId, key.value()});
        if (!q.ok())
            return q.error();
        if (!q.value().next())
            return refused(Kind::NotFound, QT_TRANSLATE_NOOP("store::ServiceStore", "This booking was not found. Please ask the staff."), "bookingId");
        const auto state = BookingStates::fromKey(q.value().value(0).toString()).value_or(BookingState::Provisional);
        const QString slotId = q.value().value(1).toString();
        const QDateTime startsAt = SqlValues::toLocalTime(q.value().value(2));
        q.value().finish();
        if (state == BookingState::Cancelled)
            return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::ServiceStore", "This booking is already cancelled."), "bookingId");
        if (startsAt <= at)
            return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::ServiceStore", "The time of this booking has passed, so it cannot be cancelled."), "bookingId");
        // A refused booking holds no place anywhere: it is only marked, nothing is sent.
        const QString cancelId = state == BookingState::Refused ? QString() : core::UuidV7::generateString();
        auto marked = db.exec(QStringLiteral("UPDATE appointments SET state = 'cancelled', cancelled_at = ?, cancel_id = ? "
                                             "WHERE id = ?"),
                              {SqlValues::utc(at), SqlValues::orNull(cancelId), bookingId});
        if (!marked.ok())
            return marked.error();
        if (cancelId.isEmpty())
            return cancelId;
        auto freed = db.exec(QStringLiteral("UPDATE slots SET taken = MAX(taken - 1, 0) WHERE id = ?"), {slotId});
        if (!freed.ok())
            return freed.error();
        if (auto queued = outbox.enqueue(cancelId, QStringLiteral("booking_cancellation"),
                                         {{QStringLiteral("bookingId"), bookingId}}, at);
            !queued.ok())
            return queued.error();
        return cancelId;
    });
}

} // namespace store
