// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/recordstore.h"

#include "core/requeststate.h"
#include "core/wire/recordkind.h"
#include "server/applicationdesk.h"
#include "server/bookingdesk.h"
#include "server/checkindesk.h"
#include "server/closedrequestphones.h"
#include "server/registrationdesk.h"
#include "server/helpdesk.h"
#include "server/helppayloadcheck.h"
#include "server/payloadcheck.h"
#include "server/savepoint.h"
#include "server/secrets.h"
#include "server/storageerror.h"
#include "server/textcheck.h"
#include "server/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace server {

using core::wire::PushResult;

const QStringList &RecordStore::statuses()
{
    // The kiosk shows these states (core::RequestStates); both ends share the keys.
    static const QStringList list = [] {
        QStringList keys;
        for (core::RequestState state : core::RequestStates::all())
            keys.append(core::RequestStates::key(state));
        return keys;
    }();
    return list;
}

std::optional<QList<PushResult>> RecordStore::push(const QString &stationId, const core::wire::PushBatch &batch)
{
    // Most batches hold nothing the database refuses: they are stored in one transaction
    // without a savepoint per item (each costs a round trip, and on PostgreSQL a
    // subtransaction). When the database refuses one item's data, the batch is stored again
    // from the start with every item behind its own savepoint, so only that item is rejected
    // and the rest is kept; a retry of the batch takes the same way to the same answers.
    BatchAttempt attempt = storeBatch(stationId, batch, false);
    if (attempt.outcome == StoreOutcome::DataRefused)
        attempt = storeBatch(stationId, batch, true);
    if (attempt.outcome != StoreOutcome::Stored)
        return std::nullopt;
    return attempt.results;
}

QString RecordStore::textProblem(const core::wire::OutboxItem &item)
{
    // Before any rule that could quote the text, and before the database sees it.
    for (const auto &[field, text] : {std::pair{QStringLiteral("id"), &item.id}, std::pair{QStringLiteral("kind"), &item.kind},
                                      std::pair{QStringLiteral("createdAt"), &item.createdAt}}) {
        if (const QString problem = TextCheck::fieldProblem(field, *text, TextCheck::maxShortText); !problem.isEmpty())
            return problem;
    }
    return TextCheck::jsonProblem(item.payload, QStringLiteral("payload"));
}

RecordStore::BatchAttempt RecordStore::storeBatch(const QString &stationId, const core::wire::PushBatch &batch,
                                                  bool savepointPerItem)
{
    const BatchAttempt failed{StoreOutcome::Failed, {}};
    QList<PushResult> results;
    results.reserve(batch.items.size());
    // Declared before the transaction, so it is freed after the rollback: PostgreSQL refuses to
    // free a prepared statement inside a transaction a refused statement has aborted.
    QSqlQuery insert(m_db.handle());
    Transaction tx(m_db);
    if (!tx.isOpen())
        return failed;
    // Server time orders records; the kiosk's createdAt is kept as data only.
    const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
    HelpPayloadCheck help(m_db);
    BookingDesk bookings(m_db);
    RegistrationDesk registrations(m_db);
    CheckInDesk checks(m_db);
    ApplicationDesk applications(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO records (id, station_id, kind, payload, kiosk_created_at,"
                                       " received_at, status, status_changed_at, visitor_key)"
                                       " VALUES (?, ?, ?, ?, ?, ?, 'submitted', ?, ?) ON CONFLICT (id) DO NOTHING")))
        return failed;
    // Stores one item that passed every rule: its record row and what it does to other rows.
    // Data: the database refused something of this item's; Failed: the storage failed.
    const auto storeItem = [&](const core::wire::OutboxItem &item, PushResult &r) {
        const QJsonValue visitor = item.payload.value(QStringLiteral("visitorKey"));
        // One prepared statement for the whole batch.
        insert.addBindValue(item.id);
        insert.addBindValue(stationId);
        insert.addBindValue(item.kind);
        insert.addBindValue(QString::fromUtf8(storedPayload(item)));
        insert.addBindValue(item.createdAt.isNull() ? QStringLiteral("") : item.createdAt);
        insert.addBindValue(receivedAt);
        insert.addBindValue(receivedAt);
        insert.addBindValue(visitor.isString() ? QVariant(visitor.toString()) : QVariant());
        if (!insert.exec()) {
            // The code only: the database's message can quote the item's values.
            const QString code = insert.lastError().nativeErrorCode();
            qWarning("push insert failed: %s", qPrintable(code));
            return StorageError::isCausedByData(m_db.engine(), code) ? StoreOutcome::DataRefused : StoreOutcome::Failed;
        }
        if (insert.numRowsAffected() == 0) {
            const QVariant owner = m_db.scalar(QStringLiteral("SELECT station_id FROM records WHERE id = ?"), {item.id});
            if (!owner.isValid())
                return StoreOutcome::Failed; // the look-up failed: try the batch again, park nothing
            if (owner.toString() == stationId) {
                r.outcome = PushResult::Outcome::Duplicate;
            } else {
                r.outcome = PushResult::Outcome::Rejected;
                r.reason = QStringLiteral("this id is already used by another record");
            }
            return StoreOutcome::Stored;
        }
        m_db.clearLastError();
        if (!applyHelpEffects(item) || !bookings.applyPushed(item.kind, item.payload, item.id, stationId)
            || !(item.kind == u"volunteer_registration" ? registrations.store(item.id, item.payload, stationId)
                                                        : checks.apply(item.kind, item.payload, item.id, stationId))
            || (item.kind == u"certificate_application" && !applications.store(item.id, item.payload, stationId))) {
            return m_db.lastErrorIsCausedByData() ? StoreOutcome::DataRefused : StoreOutcome::Failed;
        }
        return StoreOutcome::Stored;
    };
    for (const core::wire::OutboxItem &item : batch.items) {
        PushResult r{item.id, PushResult::Outcome::Accepted, {}};
        const QByteArray payload = QJsonDocument(item.payload).toJson(QJsonDocument::Compact);
        if (const QString problem = textProblem(item); !problem.isEmpty()) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = problem;
        } else if (!core::wire::RecordKind::isKnown(item.kind)) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = QStringLiteral("unknown kind \"%1\"").arg(item.kind.left(40));
        } else if (payload.size() > maxPayloadBytes) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = QStringLiteral("payload of %1 bytes, at most %2 are allowed").arg(payload.size()).arg(maxPayloadBytes);
        } else if (const QString phoneProblem = item.kind == u"booking" ? QString() : PayloadCheck::phoneProblem(item.payload);
                   !phoneProblem.isEmpty()) {
            // (A booking's phone has its own rule, digits 7 to 12: BookingHold checks it.)
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = phoneProblem;
        } else if (const auto seen = hasEffects(item.kind) ? sentBefore(stationId, item.id) : std::nullopt) {
            // Asked before the rules: a resent rating must not read as "rated twice". (Other
            // kinds find out at the insert, without a look-up per item.)
            r.outcome = *seen ? PushResult::Outcome::Duplicate : PushResult::Outcome::Rejected;
            if (!*seen)
                r.reason = QStringLiteral("this id is already used by another record");
        } else if (const QString helpProblem = help.problem(item.kind, item.payload, stationId); !helpProblem.isEmpty()) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = helpProblem;
        } else if (const QString bookingProblem = bookings.pushProblem(item.kind, item.payload, item.id, stationId);
                   !bookingProblem.isEmpty()) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = bookingProblem;
        } else if (const QString applicationProblem = item.kind == u"certificate_application"
                                                          ? ApplicationDesk::pushProblem(item.payload)
                                                          : QString();
                   !applicationProblem.isEmpty()) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = applicationProblem;
        } else if (const QString volunteerProblem = item.kind == u"volunteer_registration"
                                                        ? registrations.pushProblem(item.payload, stationId)
                                                        : checks.pushProblem(item.kind, item.payload, stationId);
                   !volunteerProblem.isEmpty()) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = volunteerProblem;
        } else if (!savepointPerItem) {
            if (const StoreOutcome stored = storeItem(item, r); stored != StoreOutcome::Stored)
                return {stored, {}}; // rolled back: DataRefused goes again with savepoints
        } else {
            Savepoint savepoint(m_db, "push_item");
            if (!savepoint.isOpen())
                return failed;
            const StoreOutcome stored = storeItem(item, r);
            if (stored == StoreOutcome::Failed)
                return failed;
            if (stored == StoreOutcome::DataRefused) {
                if (!savepoint.rollBack())
                    return failed;
                qWarning("push item %s (%s) rejected: the database refused its data", qPrintable(item.id),
                         qPrintable(item.kind));
                r.outcome = PushResult::Outcome::Rejected;
                // The same words on either engine; the log above and the database's own say more.
                r.reason = QStringLiteral("the centre's database refused this item's data; the server log names the error");
            } else if (!savepoint.release()) {
                return failed;
            }
        }
        results.append(r);
    }
    insert.finish();
    if (!tx.commit())
        return failed;
    return {StoreOutcome::Stored, results};
}

std::optional<QJsonObject> RecordStore::record(const QString &stationId, const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, status, received_at, status_changed_at FROM records"
                                      " WHERE id = ? AND station_id = ?"),
                       {id, stationId});
    if (!q || !q->next())
        return std::nullopt;
    auto iso = [](const QVariant &ms) {
        return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
    };
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), q->value(0).toString()},
                       {QStringLiteral("status"), q->value(1).toString()},
                       {QStringLiteral("receivedAt"), iso(q->value(2))},
                       {QStringLiteral("statusChangedAt"), iso(q->value(3))}};
}

bool RecordStore::setStatusInTransaction(const QString &recordId, const QString &status, QString *problem)
{
    if (!statuses().contains(status)) {
        if (problem)
            *problem = QStringLiteral("unknown status \"%1\"; one of %2").arg(status, statuses().join(u", "));
        return false;
    }
    auto current = m_db.exec(QStringLiteral("SELECT station_id, status, kind FROM records WHERE id = ?"), {recordId});
    if (!current || !current->next()) {
        if (problem)
            *problem = QStringLiteral("no record %1").arg(recordId);
        return false;
    }
    const QString stationId = current->value(0).toString();
    const QString was = current->value(1).toString();
    // A certificate application has its own lifecycle and status row (ApplicationDesk).
    if (current->value(2).toString() == u"certificate_application") {
        if (problem)
            *problem = QStringLiteral("%1 is a certificate application: set-status --application").arg(recordId);
        return false;
    }
    // Only a help request has a volunteer to withdraw and to name in its status.
    const bool helpRequest = current->value(2).toString() == u"volunteer_request";
    const auto from = core::RequestStates::fromKey(was);
    const auto to = core::RequestStates::fromKey(status);
    // A staff call has no volunteer to arrange: staff close it from any open state.
    const bool staffCallClosed = current->value(2).toString() == u"help_call" && from
        && !core::RequestStates::isFinal(*from) && to == core::RequestState::Done;
    if (from && to && *from != *to && !staffCallClosed && !core::RequestStates::canMove(*from, *to)) {
        if (problem)
            *problem = QStringLiteral("a request cannot go from %1 to %2").arg(was, status);
        return false;
    }
    HelpDesk desk(m_db);
    // A cancelled request frees its volunteer: the assignment is withdrawn from the station too.
    if (helpRequest && to == core::RequestState::Cancelled && !desk.withdraw(recordId, stationId))
        return false;
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    if (!m_db.exec(QStringLiteral("UPDATE records SET status = ?, status_changed_at = ? WHERE id = ?"), {status, t, recordId}))
        return false;
    // Closed: nobody calls the visitor about it any more, so their phone goes.
    if (ClosedRequestPhones::holdsPhone(current->value(2).toString()) && to && core::RequestStates::isFinal(*to)
        && !ClosedRequestPhones(m_db).forget(recordId))
        return false;
    QJsonObject data = helpRequest ? desk.statusFields(recordId) : QJsonObject();
    data.insert(QStringLiteral("status"), status);
    data.insert(QStringLiteral("changedAt"), QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs));
    return m_feed.append(stationId, {0, QStringLiteral("request_status"), recordId, data, false});
}

bool RecordStore::setStatus(const QString &recordId, const QString &status, QString *problem)
{
    Transaction tx(m_db);
    if (!setStatusInTransaction(recordId, status, problem))
        return false;
    return tx.commit();
}

bool RecordStore::assign(const QString &recordId, const QString &volunteerId, const QString &agreedAt, QString *problem)
{
    Transaction tx(m_db);
    if (!assignInTransaction(recordId, volunteerId, agreedAt, problem))
        return false;
    return tx.commit();
}

bool RecordStore::assignInTransaction(const QString &recordId, const QString &volunteerId, const QString &agreedAt,
                                      QString *problem)
{
    auto q = m_db.exec(QStringLiteral("SELECT station_id, status FROM records WHERE id = ? AND kind = 'volunteer_request'"),
                       {recordId});
    if (!q || !q->next()) {
        if (problem)
            *problem = QStringLiteral("no help request %1").arg(recordId);
        return false;
    }
    const QString stationId = q->value(0).toString();
    const auto status = core::RequestStates::fromKey(q->value(1).toString());
    if (status && core::RequestStates::isFinal(*status)) {
        if (problem)
            *problem = QStringLiteral("the request is %1 already").arg(q->value(1).toString());
        return false;
    }
    HelpDesk desk(m_db);
    if (!desk.assign(recordId, stationId, volunteerId, agreedAt, problem))
        return false;
    // A coordinator who assigns at once has accepted the request too.
    if (status == core::RequestState::Submitted && !setStatusInTransaction(recordId, QStringLiteral("accepted"), problem))
        return false;
    return setStatusInTransaction(recordId, QStringLiteral("assigned"), problem);
}

bool RecordStore::hasEffects(const QString &kind)
{
    return kind == u"rating" || kind == u"request_cancellation" || kind == u"booking" || kind == u"booking_cancellation"
        || kind == u"volunteer_registration" || kind == u"check_in" || kind == u"check_out"
        || kind == u"certificate_application";
}

std::optional<bool> RecordStore::sentBefore(const QString &stationId, const QString &id)
{
    const QVariant owner = m_db.scalar(QStringLiteral("SELECT station_id FROM records WHERE id = ?"), {id});
    if (!owner.isValid())
        return std::nullopt;
    return owner.toString() == stationId;
}

QByteArray RecordStore::storedPayload(const core::wire::OutboxItem &item)
{
    // A booking's phone lives on its booking row, and only while staff need it (a refusal). A
    // registration's name, phone and masked ID number live on its registration row (cleared
    // when refused) and then on the volunteer's row: not a second copy here.
    QJsonObject payload = item.payload;
    if (item.kind == u"booking")
        payload.remove(QStringLiteral("phone"));
    if (item.kind == u"volunteer_registration") {
        for (const char *field : {"phone", "name", "givenName", "idNumberMasked"})
            payload.remove(QLatin1String(field));
    }
    // An application's phone and masked number live on its row, the phone only while open.
    if (item.kind == u"certificate_application") {
        for (const char *field : {"phone", "idNumberMasked"})
            payload.remove(QLatin1String(field));
    }
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

bool RecordStore::applyHelpEffects(const core::wire::OutboxItem &item)
{
    const QString requestId = item.payload.value(QStringLiteral("requestId")).toString();
    if (item.kind == u"rating") {
        QStringList phrases;
        for (const QJsonValue &v : item.payload.value(QStringLiteral("phraseKeys")).toArray())
            phrases.append(v.toString());
        return HelpDesk(m_db).rate(item.id, requestId, item.payload.value(QStringLiteral("stars")).toInt(), phrases);
    }
    if (item.kind == u"request_cancellation") {
        // Cancelled already (by the coordinator, or a race): nothing more to withdraw.
        if (m_db.scalar(QStringLiteral("SELECT status FROM records WHERE id = ?"), {requestId}).toString() == u"cancelled")
            return true;
        QString problem;
        return setStatusInTransaction(requestId, QStringLiteral("cancelled"), &problem);
    }
    return true;
}

} // namespace server
