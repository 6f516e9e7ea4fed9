// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/bookingfeedrows.h"

#include "kiosk/store/sqlvalues.h"

namespace store {

Result<void> BookingFeedRows::apply(const Database &db, const ChangeSet &changes)
{
    for (const BookingStatusChange &s : changes.bookingStatuses) {
        const QString state = BookingStates::key(s.status);
        if (s.status == BookingState::Refused || s.status == BookingState::Cancelled) {
            // Only a booking that still counts a place gives it back.
            auto freed = db.exec(QStringLiteral("UPDATE slots SET taken = MAX(taken - 1, 0) WHERE id = "
                                                "(SELECT slot_id FROM appointments WHERE id = ? "
                                                "AND state IN ('confirmed', 'provisional'))"),
                                 {s.bookingId});
            if (!freed.ok())
                return freed.error();
        }
        QString sql;
        QVariantList values;
        switch (s.status) {
        case BookingState::Confirmed:
        case BookingState::Provisional:
            sql = QStringLiteral("UPDATE appointments SET state = 'confirmed', refused_reason = '' "
                                 "WHERE id = ? AND state IN ('confirmed', 'provisional')");
            values = {s.bookingId};
            break;
        case BookingState::Refused:
            sql = QStringLiteral("UPDATE appointments SET state = ?, refused_reason = ? "
                                 "WHERE id = ? AND state <> 'cancelled'");
            values = {state, s.reason.left(500), s.bookingId};
            break;
        case BookingState::Cancelled:
            sql = QStringLiteral("UPDATE appointments SET state = ?, cancelled_at = COALESCE(cancelled_at, ?) WHERE id = ?");
            values = {state, SqlValues::utc(s.changedAt.isValid() ? s.changedAt : QDateTime::currentDateTimeUtc()),
                      s.bookingId};
            break;
        }
        if (auto q = db.exec(sql, values); !q.ok())
            return q.error();
    }
    return {};
}

} // namespace store
