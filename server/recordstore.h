// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/pushbatch.h"
#include "core/wire/pushresult.h"
#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace server {

/// @brief Visitor-originated records pushed by stations, and the status the centre gives them.
///
/// Records are immutable and keyed by the kiosk's UUID: a retried batch inserts nothing twice.
class RecordStore
{
public:
    /// A record's payload larger than this is rejected (the item parks on the kiosk).
    static constexpr int maxPayloadBytes = 16 * 1024;

    explicit RecordStore(Database &db) : m_db(db), m_feed(db) {}

    [[nodiscard]] static const QStringList &statuses();

    /// Stores a batch in one transaction; nullopt only when the storage failed (nothing stored).
    /// An item is rejected alone, with a reason, when its text cannot be stored (TextCheck), it
    /// breaks a rule, or the database refuses its data (StorageError); the rest is stored.
    std::optional<QList<core::wire::PushResult>> push(const QString &stationId, const core::wire::PushBatch &batch);
    /// The record as the station sees it, only when it belongs to that station.
    [[nodiscard]] std::optional<QJsonObject> record(const QString &stationId, const QString &id);
    /// Changes the status and tells the owning station through the change feed; a cancelled
    /// help request's assignment is withdrawn. An assigned help request's status row carries the
    /// volunteer's given name and the agreed time.
    bool setStatus(const QString &recordId, const QString &status, QString *problem);
    /// Assigns a volunteer to a help request not done or cancelled ("assigned"; a submitted one
    /// is accepted on the way), replacing an earlier volunteer, and tells the station.
    /// `agreedAt` is empty or station local yyyy-MM-ddTHH:mm.
    bool assign(const QString &recordId, const QString &volunteerId, const QString &agreedAt, QString *problem);
    /// setStatus and assign inside the caller's transaction (the console writes its note and
    /// audit row in the same one).
    bool setStatusInTransaction(const QString &recordId, const QString &status, QString *problem);
    bool assignInTransaction(const QString &recordId, const QString &volunteerId, const QString &agreedAt, QString *problem);

private:
    enum class StoreOutcome { Stored, DataRefused, Failed };
    struct BatchAttempt
    {
        StoreOutcome outcome;
        QList<core::wire::PushResult> results;
    };
    /// One try at storing the batch; with `savepointPerItem`, an item whose data the database
    /// refuses is rolled back to its savepoint and rejected, else the try ends DataRefused.
    BatchAttempt storeBatch(const QString &stationId, const core::wire::PushBatch &batch, bool savepointPerItem);
    /// Why the item's id, kind, createdAt or a string in its payload cannot be stored, or empty.
    static QString textProblem(const core::wire::OutboxItem &item);
    /// Kinds whose storing changes other rows (applyHelpEffects): checked for a resend first.
    static bool hasEffects(const QString &kind);
    /// Whether `id` is stored already: true for this station's (a resend), false for another's.
    std::optional<bool> sentBefore(const QString &stationId, const QString &id);
    /// The payload as stored: a booking's phone is left out (its booking row keeps it).
    static QByteArray storedPayload(const core::wire::OutboxItem &item);
    /// What a stored rating or cancellation does: the rating counts, the request is cancelled.
    bool applyHelpEffects(const core::wire::OutboxItem &item);

    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
