// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queueitemreader.h"

#include "server/console/queuedescription.h"
#include "server/console/queueurgency.h"
#include "server/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QTimeZone>

namespace server::console {

namespace {

/// What `QStringList{"a","b"}` becomes in SQL: "?, ?" (the values are appended by the caller).
QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(QStringLiteral("?"));
    return m.join(u", ");
}

} // namespace

QString QueueItemReader::where(const Query &query, const QString &stationColumn, const QString &statusColumn,
                               const QString &timeColumn, QVariantList &values) const
{
    QString sql = QStringLiteral(" AND ") + m_scope.clause(stationColumn);
    values.append(m_scope.values());
    if (!query.id.isEmpty()) {
        values.append(query.id);
        return sql; // the caller names its own id column
    }
    if (query.filter && !query.filter->stationId.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(stationColumn);
        values.append(query.filter->stationId);
    }
    if (query.filter && !query.filter->district.isEmpty()) {
        sql += QStringLiteral(" AND s.district = ?");
        values.append(query.filter->district);
    }
    // Narrowed here too, so a filtered look at a long history reads only what it shows.
    if (query.filter && !query.filter->status.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(statusColumn);
        values.append(query.filter->status);
    }
    if (query.filter && query.filter->day.isValid()) {
        const qint64 start = QDateTime(query.filter->day, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        sql += QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(timeColumn);
        values.append(start);
        values.append(start + 24 * 3600 * 1000LL);
    }
    return sql;
}

bool QueueItemReader::wanted(const Query &query, QueueKind kind)
{
    return !query.filter || !query.filter->kind || *query.filter->kind == kind;
}

QString QueueItemReader::keys(const Query &query, qint64 nowMs, QVariantList &values) const
{
    QStringList selects;
    QStringList kinds;
    if (wanted(query, QueueKind::Help))
        kinds.append(QStringLiteral("volunteer_request"));
    if (wanted(query, QueueKind::HomeAssessment) || wanted(query, QueueKind::FeeWaiver))
        kinds.append(QStringLiteral("home_assessment_request"));
    if (wanted(query, QueueKind::StaffCall))
        kinds.append(QStringLiteral("help_call"));
    if (!kinds.isEmpty()) {
        const QueueUrgency::Sql urgency = QueueUrgency::records(m_db, nowMs);
        values.append(urgency.values);
        for (const QString &k : kinds)
            values.append(k);
        QString sql = QStringLiteral("SELECT 'record' AS source, r.id AS id, %1 AS urgent, r.received_at AS created_at"
                                     " FROM records r JOIN stations s ON s.id = r.station_id WHERE r.kind IN (%2)")
                          .arg(urgency.expression, marks(kinds.size()));
        // Home assessments and fee waivers share a record kind; the payload's request tells them apart.
        const QString request = QStringLiteral("COALESCE(%1, '')")
                                    .arg(QueueUrgency::payloadField(m_db, QStringLiteral("r.payload"), QStringLiteral("request")));
        if (query.filter && query.filter->kind == QueueKind::FeeWaiver)
            sql += QStringLiteral(" AND %1 = 'fee_waiver'").arg(request);
        else if (query.filter && query.filter->kind == QueueKind::HomeAssessment)
            sql += QStringLiteral(" AND %1 <> 'fee_waiver'").arg(request);
        sql += where(query, QStringLiteral("r.station_id"), QStringLiteral("r.status"), QStringLiteral("r.received_at"), values);
        if (!query.id.isEmpty())
            sql += QStringLiteral(" AND r.id = ?");
        else if (query.filter && query.filter->openOnly)
            sql += QStringLiteral(" AND r.status NOT IN ('done', 'cancelled')");
        selects.append(sql);
    }
    if (wanted(query, QueueKind::Application)) {
        const QueueUrgency::Sql urgency = QueueUrgency::applications(nowMs);
        values.append(urgency.values);
        QString sql = QStringLiteral("SELECT 'application' AS source, a.id AS id, %1 AS urgent,"
                                     " COALESCE(a.kiosk_created_at, a.created_at) AS created_at"
                                     " FROM certificate_applications a JOIN stations s ON s.id = a.station_id WHERE 1 = 1")
                          .arg(urgency.expression);
        sql += where(query, QStringLiteral("a.station_id"), QStringLiteral("a.status"),
                     QStringLiteral("COALESCE(a.kiosk_created_at, a.created_at)"), values);
        if (!query.id.isEmpty())
            sql += QStringLiteral(" AND a.id = ?");
        else if (query.filter && query.filter->openOnly)
            sql += QStringLiteral(" AND a.status IN ('submitted', 'accepted')");
        selects.append(sql);
    }
    if (wanted(query, QueueKind::Booking)) {
        const QueueUrgency::Sql urgency = QueueUrgency::bookings(nowMs);
        values.append(urgency.values);
        // A confirmed booking needs nobody; a refused one needs a call to the visitor.
        QString sql = QStringLiteral("SELECT 'booking' AS source, b.id AS id, %1 AS urgent, b.created_at AS created_at"
                                     " FROM bookings b JOIN stations s ON s.id = b.station_id WHERE b.status <> 'confirmed'")
                          .arg(urgency.expression);
        sql += where(query, QStringLiteral("b.station_id"), QStringLiteral("b.status"), QStringLiteral("b.created_at"), values);
        if (!query.id.isEmpty())
            sql += QStringLiteral(" AND b.id = ?");
        else if (query.filter && query.filter->openOnly)
            sql += QStringLiteral(" AND b.status = 'refused' AND NOT ") + QueueUrgency::bookingCalledBack();
        selects.append(sql);
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

std::optional<QList<QueueItemReader::Key>> QueueItemReader::readKeys(const Query &query, qint64 nowMs, const QString &page)
{
    QVariantList values;
    const QString all = keys(query, nowMs, values);
    // The id last: one order for every page, so no item is shown twice or skipped.
    auto q = m_db.exec(QStringLiteral("SELECT source, id, urgent FROM (%1) q ORDER BY urgent DESC, created_at DESC, id DESC%2")
                           .arg(all, page),
                       values);
    if (!q)
        return std::nullopt;
    QList<Key> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt() != 0});
    return out;
}

std::optional<QList<QueueItem>> QueueItemReader::readItems(const QList<Key> &keys)
{
    QHash<QString, QStringList> ids;
    for (const Key &k : keys)
        ids[k.source].append(k.id);
    QHash<QString, QueueItem> records, applications, bookings;
    if ((ids.contains(QStringLiteral("record")) && !readRecords(ids.value(QStringLiteral("record")), records))
        || (ids.contains(QStringLiteral("application")) && !readApplications(ids.value(QStringLiteral("application")), applications))
        || (ids.contains(QStringLiteral("booking")) && !readBookings(ids.value(QStringLiteral("booking")), bookings)))
        return std::nullopt;
    QList<QueueItem> out;
    for (const Key &k : keys) {
        const QHash<QString, QueueItem> &from = k.source == u"record" ? records : k.source == u"application" ? applications : bookings;
        const auto it = from.constFind(k.id);
        if (it == from.constEnd())
            continue; // gone between the two reads
        QueueItem item = *it;
        item.urgent = k.urgent;
        out.append(item);
    }
    return out;
}

bool QueueItemReader::readRecords(const QStringList &ids, QHash<QString, QueueItem> &out)
{
    QVariantList values(ids.begin(), ids.end());
    const QString sql = QStringLiteral(
        "SELECT r.id, r.kind, r.status, r.station_id, s.name, s.district, r.payload, r.received_at, r.status_changed_at,"
        " COALESCE(r.visitor_key, ''), COALESCE(a.volunteer_id, ''), COALESCE(v.name, ''), COALESCE(a.agreed_at, '')"
        " FROM records r JOIN stations s ON s.id = r.station_id"
        " LEFT JOIN assignments a ON a.record_id = r.id AND a.withdrawn_at IS NULL"
        " LEFT JOIN volunteers v ON v.id = a.volunteer_id"
        " WHERE r.id IN (%1)").arg(marks(ids.size()));
    auto q = m_db.exec(sql, values);
    if (!q)
        return false;
    QHash<QString, core::LocalizedText> places;
    bool placesRead = false;
    while (q->next()) {
        QueueItem item;
        const QString kind = q->value(1).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        item.kind = kind == u"volunteer_request" ? QueueKind::Help
            : kind == u"help_call"               ? QueueKind::StaffCall
            : payload.value(QStringLiteral("request")).toString() == u"fee_waiver" ? QueueKind::FeeWaiver
                                                                                     : QueueKind::HomeAssessment;
        item.id = q->value(0).toString();
        item.status = q->value(2).toString();
        item.open = item.status != u"done" && item.status != u"cancelled";
        item.stationId = q->value(3).toString();
        item.stationName = q->value(4).toString();
        item.district = q->value(5).toString();
        item.createdAtMs = q->value(7).toLongLong();
        item.statusChangedAtMs = q->value(8).toLongLong();
        item.visitorKey = q->value(9).toString();
        item.phone = payload.value(QStringLiteral("phone")).toString();
        if (item.kind == QueueKind::Help) {
            if (const QString volunteer = q->value(10).toString(); !volunteer.isEmpty()) {
                const QString agreed = q->value(12).toString();
                item.assignedVolunteer = {{QStringLiteral("volunteerId"), volunteer},
                                          {QStringLiteral("name"), q->value(11).toString()},
                                          {QStringLiteral("agreedAt"),
                                           agreed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(agreed)}};
            }
            const QString placeId = payload.value(QStringLiteral("place")).toObject().value(QStringLiteral("placeId")).toString();
            if (!placeId.isEmpty() && !placesRead) {
                placesRead = true;
                auto p = m_db.exec(QStringLiteral("SELECT id, name_zh, name_en FROM places"));
                if (!p)
                    return false;
                while (p->next())
                    places.insert(p->value(0).toString(), {p->value(1).toString(), p->value(2).toString()});
            }
            QueueDescription::describeHelp(item, payload, places.value(placeId));
        } else if (item.kind == QueueKind::StaffCall) {
            QueueDescription::describeStaffCall(item, payload);
        } else {
            QueueDescription::describeAssessment(item, payload);
        }
        out.insert(item.id, item);
    }
    return true;
}

bool QueueItemReader::readApplications(const QStringList &ids, QHash<QString, QueueItem> &out)
{
    QVariantList values(ids.begin(), ids.end());
    const QString sql = QStringLiteral(
        "SELECT a.id, a.status, a.station_id, s.name, s.district, a.procedure, a.choice, a.reason, a.id_number_masked,"
        " a.phone, a.code, a.certificate_found, COALESCE(c.reported_lost_on, ''), COALESCE(a.kiosk_created_at, a.created_at),"
        " a.status_changed_at, a.visitor_key"
        " FROM certificate_applications a JOIN stations s ON s.id = a.station_id"
        " LEFT JOIN certificate_keys k ON k.station_id = a.station_id AND k.key = a.visitor_key"
        " LEFT JOIN certificates c ON c.id_index = k.id_index WHERE a.id IN (%1)").arg(marks(ids.size()));
    auto q = m_db.exec(sql, values);
    if (!q)
        return false;
    while (q->next()) {
        QueueItem item;
        item.kind = QueueKind::Application;
        item.id = q->value(0).toString();
        item.status = q->value(1).toString();
        item.open = item.status == u"submitted" || item.status == u"accepted";
        item.stationId = q->value(2).toString();
        item.stationName = q->value(3).toString();
        item.district = q->value(4).toString();
        item.idNumberMasked = q->value(8).toString();
        item.phone = q->value(9).toString();
        item.createdAtMs = q->value(13).toLongLong();
        item.statusChangedAtMs = q->value(14).toLongLong();
        item.visitorKey = q->value(15).toString();
        QueueDescription::describeApplication(
            item, {q->value(5).toString(), q->value(6).toString(), q->value(10).toString(), q->value(7).toString(),
                   q->value(12).toString(), q->value(11).toInt() != 0});
        out.insert(item.id, item);
    }
    return true;
}

bool QueueItemReader::readBookings(const QStringList &ids, QHash<QString, QueueItem> &out)
{
    QVariantList values(ids.begin(), ids.end());
    const QString sql = QStringLiteral(
        "SELECT b.id, b.status, b.station_id, s.name, s.district, b.service_code, b.starts_at, b.code, b.reason,"
        " COALESCE(b.phone, ''), COALESCE(b.visitor_key, ''), b.created_at, b.changed_at,"
        " COALESCE(sv.name_zh, ''), COALESCE(sv.name_en, ''), CASE WHEN %1 THEN 1 ELSE 0 END"
        " FROM bookings b JOIN stations s ON s.id = b.station_id LEFT JOIN services sv ON sv.code = b.service_code"
        " WHERE b.id IN (%2)").arg(QueueUrgency::bookingCalledBack(), marks(ids.size()));
    auto q = m_db.exec(sql, values);
    if (!q)
        return false;
    while (q->next()) {
        QueueItem item;
        item.kind = QueueKind::Booking;
        item.id = q->value(0).toString();
        item.status = q->value(1).toString();
        item.calledBack = q->value(15).toInt() != 0;
        item.open = item.status == u"refused" && !item.calledBack;
        item.stationId = q->value(2).toString();
        item.stationName = q->value(3).toString();
        item.district = q->value(4).toString();
        item.phone = q->value(9).toString();
        item.visitorKey = q->value(10).toString();
        item.createdAtMs = q->value(11).toLongLong();
        item.statusChangedAtMs = q->value(12).toLongLong();
        QueueDescription::describeBooking(item, {q->value(5).toString(), q->value(6).toString(), q->value(7).toString(),
                                                 q->value(8).toString(), {q->value(13).toString(), q->value(14).toString()}});
        out.insert(item.id, item);
    }
    return true;
}

std::optional<QList<QueueItem>> QueueItemReader::list(const QueueFilter &filter, qint64 nowMs, int *total)
{
    const Query query{&filter, {}};
    QVariantList values;
    const QString all = keys(query, nowMs, values);
    const QVariant count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1) q").arg(all), values);
    if (!count.isValid())
        return std::nullopt;
    *total = count.toInt();
    const auto page = readKeys(query, nowMs, QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset));
    if (!page)
        return std::nullopt;
    return readItems(*page);
}

std::optional<QueueItem> QueueItemReader::find(const QString &id, qint64 nowMs, bool *failed)
{
    *failed = false;
    if (id.isEmpty())
        return std::nullopt;
    // An application is a record too, but only its own table's row is the queue's (kinds differ).
    const auto key = readKeys(Query{nullptr, id}, nowMs, QStringLiteral(" LIMIT 1"));
    const auto items = key ? readItems(*key) : std::nullopt;
    if (!items) {
        *failed = true;
        return std::nullopt;
    }
    if (items->isEmpty())
        return std::nullopt;
    return items->first();
}

} // namespace server::console
