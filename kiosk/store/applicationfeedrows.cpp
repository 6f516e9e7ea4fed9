// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/applicationfeedrows.h"

#include "core/applicationstate.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

namespace {

/// A row is applied when it is a move the lifecycle allows from the stored state, or when it is
/// newer than the stored state's time (the server's later word). A page read again after a crash
/// before its cursor was saved, or rows out of order, would otherwise move `done` back to
/// `accepted` and restart the purge clock.
bool isNewsFor(const ApplicationStatusChange &s, const QString &storedStatus, const QDateTime &storedAt)
{
    const auto stored = core::ApplicationStates::fromKey(storedStatus);
    if (stored && core::ApplicationStates::canMove(*stored, s.status))
        return true;
    return s.changedAt.isValid() && (!storedAt.isValid() || s.changedAt > storedAt);
}

} // namespace

Result<void> ApplicationFeedRows::apply(const Database &db, const ChangeSet &c)
{
    // The server checked the move (core::ApplicationStates::canMove); its word is the state. An
    // id this kiosk does not hold (purged, another file) changes nothing.
    for (const ApplicationStatusChange &s : c.applicationStatuses) {
        auto current = db.exec(QStringLiteral("SELECT status, status_changed_at FROM certificate_applications WHERE id = ?"),
                               {s.id});
        if (!current.ok())
            return current.error();
        QSqlQuery &row = current.value();
        if (!row.next())
            continue;
        const QString storedStatus = row.value(0).toString();
        const QDateTime storedAt = row.value(1).isNull() ? QDateTime() : SqlValues::toUtc(row.value(1));
        if (!isNewsFor(s, storedStatus, storedAt))
            continue;
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
