// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/applicationfeedrows.h"

#include "kiosk/store/sqlvalues.h"

namespace store {

Result<void> ApplicationFeedRows::apply(const Database &db, const ChangeSet &c)
{
    // The server checked the move (core::ApplicationStates::canMove); its word is the state. An
    // id this kiosk does not hold (purged, another file) changes nothing.
    for (const ApplicationStatusChange &s : c.applicationStatuses) {
        const QDateTime at = s.changedAt.isValid() ? s.changedAt : QDateTime::currentDateTimeUtc();
        auto q = db.exec(QStringLiteral("UPDATE certificate_applications SET status = ?, status_reason = ?, "
                                        "pickup_zh = ?, pickup_en = ?, status_changed_at = ? WHERE id = ?"),
                         {core::ApplicationStates::key(s.status), s.reason.trimmed().left(200),
                          s.pickupPlace.zh, s.pickupPlace.en, SqlValues::utc(at),
                          s.id});
        if (!q.ok())
            return q.error();
    }
    return {};
}

} // namespace store
