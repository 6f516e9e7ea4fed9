// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/recordstore.h"

#include "core/requeststate.h"
#include "core/wire/recordkind.h"
#include "server/payloadcheck.h"
#include "server/secrets.h"
#include "server/transaction.h"

#include <QDateTime>
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
    QList<PushResult> results;
    results.reserve(batch.items.size());
    Transaction tx(m_db);
    if (!tx.isOpen())
        return std::nullopt;
    // Server time orders records; the kiosk's createdAt is kept as data only.
    const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(m_db.handle());
    if (!insert.prepare(QStringLiteral("INSERT INTO records (id, station_id, kind, payload, kiosk_created_at,"
                                       " received_at, status, status_changed_at, visitor_key)"
                                       " VALUES (?, ?, ?, ?, ?, ?, 'submitted', ?, ?) ON CONFLICT (id) DO NOTHING")))
        return std::nullopt;
    for (const core::wire::OutboxItem &item : batch.items) {
        PushResult r{item.id, PushResult::Outcome::Accepted, {}};
        const QByteArray payload = QJsonDocument(item.payload).toJson(QJsonDocument::Compact);
        if (!core::wire::RecordKind::isKnown(item.kind)) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = QStringLiteral("unknown kind \"%1\"").arg(item.kind.left(40));
        } else if (payload.size() > maxPayloadBytes) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = QStringLiteral("payload of %1 bytes, at most %2 are allowed").arg(payload.size()).arg(maxPayloadBytes);
        } else if (const QString phoneProblem = PayloadCheck::phoneProblem(item.payload); !phoneProblem.isEmpty()) {
            r.outcome = PushResult::Outcome::Rejected;
            r.reason = phoneProblem;
        } else {
            const QJsonValue visitor = item.payload.value(QStringLiteral("visitorKey"));
            // One prepared statement for the whole batch.
            insert.addBindValue(item.id);
            insert.addBindValue(stationId);
            insert.addBindValue(item.kind);
            insert.addBindValue(QString::fromUtf8(payload));
            insert.addBindValue(item.createdAt.isNull() ? QStringLiteral("") : item.createdAt);
            insert.addBindValue(receivedAt);
            insert.addBindValue(receivedAt);
            insert.addBindValue(visitor.isString() ? QVariant(visitor.toString()) : QVariant());
            if (!insert.exec()) {
                // Code and first line only: the database's detail lines can quote the payload.
                qWarning("push insert failed: %s %s", qPrintable(insert.lastError().nativeErrorCode()),
                         qPrintable(insert.lastError().text().section(QLatin1Char('\n'), 0, 0).left(200)));
                return std::nullopt;
            }
            if (insert.numRowsAffected() == 0) {
                const QVariant owner = m_db.scalar(QStringLiteral("SELECT station_id FROM records WHERE id = ?"), {item.id});
                if (owner.toString() == stationId) {
                    r.outcome = PushResult::Outcome::Duplicate;
                } else {
                    r.outcome = PushResult::Outcome::Rejected;
                    r.reason = QStringLiteral("this id is already used by another record");
                }
            }
        }
        results.append(r);
    }
    insert.finish();
    if (!tx.commit())
        return std::nullopt;
    return results;
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

bool RecordStore::setStatusInTransaction(const QString &recordId, const QString &status, const QJsonObject &extra,
                                         QString *problem)
{
    if (!statuses().contains(status)) {
        if (problem)
            *problem = QStringLiteral("unknown status \"%1\"; one of %2").arg(status, statuses().join(u", "));
        return false;
    }
    auto current = m_db.exec(QStringLiteral("SELECT station_id, status FROM records WHERE id = ?"), {recordId});
    if (!current || !current->next()) {
        if (problem)
            *problem = QStringLiteral("no record %1").arg(recordId);
        return false;
    }
    const QString stationId = current->value(0).toString();
    const auto from = core::RequestStates::fromKey(current->value(1).toString());
    const auto to = core::RequestStates::fromKey(status);
    if (from && to && *from != *to && !core::RequestStates::canMove(*from, *to)) {
        if (problem)
            *problem = QStringLiteral("a request cannot go from %1 to %2").arg(current->value(1).toString(), status);
        return false;
    }
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    if (!m_db.exec(QStringLiteral("UPDATE records SET status = ?, status_changed_at = ? WHERE id = ?"), {status, t, recordId}))
        return false;
    QJsonObject data = extra;
    data.insert(QStringLiteral("status"), status);
    data.insert(QStringLiteral("changedAt"), QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs));
    return m_feed.append(stationId, {0, QStringLiteral("request_status"), recordId, data, false});
}

bool RecordStore::setStatus(const QString &recordId, const QString &status, QString *problem)
{
    Transaction tx(m_db);
    if (!setStatusInTransaction(recordId, status, {}, problem))
        return false;
    return tx.commit();
}

bool RecordStore::assign(const QString &recordId, const QString &volunteerId, QString *problem)
{
    Transaction tx(m_db);
    auto v = m_db.exec(QStringLiteral("SELECT name FROM volunteers WHERE id = ?"), {volunteerId});
    if (!v || !v->next()) {
        if (problem)
            *problem = QStringLiteral("no volunteer %1").arg(volunteerId);
        return false;
    }
    const QString volunteerName = v->value(0).toString();
    const QString stationId = m_db.scalar(QStringLiteral("SELECT station_id FROM records WHERE id = ?"), {recordId}).toString();
    if (stationId.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("no record %1").arg(recordId);
        return false;
    }
    const QString assignmentId = Secrets::randomToken(12);
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    if (!m_db.exec(QStringLiteral("INSERT INTO assignments (id, record_id, volunteer_id, station_id, assigned_at)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {assignmentId, recordId, volunteerId, stationId, t}))
        return false;
    const QJsonObject assignment{{QStringLiteral("requestId"), recordId},
                                 {QStringLiteral("volunteerId"), volunteerId},
                                 {QStringLiteral("volunteerName"), volunteerName}};
    if (!m_feed.append(stationId, {0, QStringLiteral("assignment"), assignmentId, assignment, false}))
        return false;
    if (!setStatusInTransaction(recordId, QStringLiteral("assigned"),
                                {{QStringLiteral("volunteerId"), volunteerId}}, problem))
        return false;
    return tx.commit();
}

} // namespace server
