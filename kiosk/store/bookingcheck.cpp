// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/bookingcheck.h"

#include "kiosk/store/servicerows.h"

namespace store {

namespace {

using Kind = StoreError::Kind;

// `sentence` is marked at each call with QT_TRANSLATE_NOOP, so the catalogues hold it.
StoreError refused(Kind kind, const char *sentence, const char *field)
{
    return StoreError::make(kind, core::TranslatableText::translate("store::ServiceStore", sentence),
                            QString::fromLatin1(field));
}

} // namespace

Result<BookableSlot> BookingCheck::slot(const Database &db, const QString &slotId, const QDateTime &now, Places places)
{
    // The columns of ServiceRows::slotColumns(), then the service's bookable flag.
    auto q = db.exec(QStringLiteral("SELECT l.id, l.service_id, l.starts_at, l.ends_at, l.capacity, l.taken, l.closed, "
                                    "s.bookable FROM slots l JOIN services s ON s.id = l.service_id WHERE l.id = ?"),
                     {slotId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return refused(Kind::NotFound, QT_TRANSLATE_NOOP("store::ServiceStore", "This time is no longer offered. Please choose another."), "slotId");
    const BookableSlot slot = ServiceRows::readSlot(q.value());
    const bool bookable = q.value().value(7).toBool();
    q.value().finish();
    if (!bookable)
        return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::ServiceStore", "This service can no longer be booked. Please ask the staff."), "serviceId");
    if (slot.startsAt <= now)
        return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::ServiceStore", "This time has already passed. Please choose another."), "startsAt");
    if (slot.closed)
        return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::ServiceStore", "The station is closed on this day. Please choose another day."), "slotId");
    if (slot.capacity <= 0)
        return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::ServiceStore", "This time takes no bookings. Please choose another."), "slotId");
    if (places == Places::Count && slot.freePlaces() <= 0)
        return refused(Kind::Full, QT_TRANSLATE_NOOP("store::ServiceStore", "This time is fully booked. Please choose another time."), "slotId");
    return slot;
}

} // namespace store
