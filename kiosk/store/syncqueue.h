// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/changeset.h"
#include "kiosk/store/database.h"
#include "kiosk/store/outboxcounts.h"
#include "kiosk/store/outboxentry.h"
#include "kiosk/store/result.h"
#include "kiosk/store/syncstatus.h"

namespace store {

/// @brief The sync client's side of the store: the outbox going up, the change feed coming
/// down, and the sync state between runs.
///
/// Give it a Database opened on the sync thread (its own connection). Outbox entries leave in
/// id order (UUIDv7: creation order); a delivered entry is acknowledged (removed, its record
/// stays); an entry the server refuses is parked with the reason and skipped from then on.
class SyncQueue
{
public:
    explicit SyncQueue(Database &db);

    /// Up to `limit` entries not parked, oldest first.
    Result<QList<OutboxEntry>> pending(int limit) const;
    /// Parked entries, oldest first, for staff screens.
    Result<QList<OutboxEntry>> parked(int limit) const;
    Result<OutboxCounts> counts() const;
    /// Counts one more delivery attempt for each id (kept for staff and back-off decisions).
    Result<void> markAttempted(const QStringList &ids, const QDateTime &at);
    /// The server has these: remove them from the outbox, and blank the phone number and note
    /// of their records (the records stay, for their status, until purgeDelivered). Unknown ids
    /// are ignored.
    Result<void> acknowledge(const QStringList &ids);
    /// The server refused this entry for good: keep it, with the reason, out of the queue. A
    /// volunteer registration becomes refused too (or stays pending when the server holds another
    /// one of the person), in the same transaction, its payload cut to id, createdAt and code
    /// (RegistrationRefusal).
    Result<void> park(const QString &id, const QString &reason);
    /// Staff fixed the cause: put a parked entry back in the queue. Not a refused registration
    /// (Invalid): the person registers again.
    Result<void> unpark(const QString &id);

    Result<SyncStatus> status() const;
    Result<void> setCursor(const QString &cursor);
    Result<void> recordSuccess(const QDateTime &at);
    Result<void> recordFailure(const QString &error, const QDateTime &at);

    /// Applies one page of server-owned rows and stores its cursor, all in one transaction:
    /// after a crash either the whole page and its cursor are there or neither is. An empty
    /// cursor keeps the stored one (rows fetched one-off, e.g. a certificate asked for while a
    /// visitor waits, must not move the change feed).
    Result<void> apply(const ChangeSet &changes);

    /// The server's counts of one slot from an answer to a hold (full): the day and time lists
    /// show them at once, before the change feed brings the slot row. Unknown slots are ignored.
    Result<void> updateSlotCounts(const QString &slotId, int capacity, int taken);

    /// Deletes visitor records created before `before` that the server already has (no longer
    /// in the outbox): keep personal data no longer than needed. Help and assessment requests
    /// still open are kept. Volunteer registrations the server refused at delivery (or holds
    /// under another record) go too, with their parked entries. Returns the number of rows removed.
    Result<int> purgeDelivered(const QDateTime &before);
    /// As above, with the kiosk's clock: certificate applications staff finished (done or
    /// refused) more than kFinishedApplicationDays before `now` go as well; open ones stay.
    Result<int> purgeDelivered(const QDateTime &before, const QDateTime &now);

    /// How long a finished certificate application keeps showing its outcome to the visitor.
    static constexpr int kFinishedApplicationDays = 90;

private:
    Result<QList<OutboxEntry>> entries(const QString &where, int limit) const;
    Result<void> applyRows(const ChangeSet &changes);

    Database &m_db;
};

} // namespace store
