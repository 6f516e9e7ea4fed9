// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/syncqueue.h"

#include "kiosk/store/applicationfeedrows.h"

#include "core/procedurechoice.h"
#include "core/translatabletext.h"

#include "kiosk/store/bookingfeedrows.h"
#include "kiosk/store/helpfeedrows.h"
#include "kiosk/store/registrationrefusal.h"
#include "kiosk/store/sqlvalues.h"
#include "kiosk/store/coordinatordecisions.h"

namespace store {

namespace {

// Runs one statement (prepared once) per element, stopping at the first failure.
template<typename List, typename Bind>
Result<void> each(const Database &db, const QString &sql, const List &list, Bind bind)
{
    if (list.isEmpty())
        return {};
    auto query = db.prepare(sql);
    if (!query.ok())
        return query.error();
    for (const auto &item : list) {
        if (auto done = db.run(query.value(), bind(item)); !done.ok())
            return done;
    }
    return {};
}

} // namespace

SyncQueue::SyncQueue(Database &db)
    : m_db(db)
{
}

Result<QList<OutboxEntry>> SyncQueue::entries(const QString &where, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, payload, created_at, attempts, parked_reason, last_attempt_at FROM outbox "
                                      "WHERE %1 ORDER BY id LIMIT ?").arg(where),
                       {qMax(0, limit)});
    if (!q.ok())
        return q.error();
    QList<OutboxEntry> out;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        OutboxEntry e;
        e.id = rows.value(0).toString();
        e.kind = rows.value(1).toString();
        e.payload = SqlValues::toJson(rows.value(2));
        e.createdAt = rows.value(3).toString();
        e.attempts = rows.value(4).toInt();
        e.parkedReason = rows.value(5).toString();
        e.lastAttemptAt = rows.value(6).toString();
        out.append(e);
    }
    return out;
}

Result<QList<OutboxEntry>> SyncQueue::pending(int limit) const
{
    return entries(QStringLiteral("parked_reason IS NULL"), limit);
}

Result<QList<OutboxEntry>> SyncQueue::parked(int limit) const
{
    return entries(QStringLiteral("parked_reason IS NOT NULL"), limit);
}

Result<OutboxCounts> SyncQueue::counts() const
{
    // Each count walks its partial index, never the payloads.
    auto q = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM outbox WHERE parked_reason IS NULL), "
                                      "(SELECT COUNT(*) FROM outbox WHERE parked_reason IS NOT NULL)"));
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return OutboxCounts{};
    return OutboxCounts{q.value().value(0).toInt(), q.value().value(1).toInt()};
}

Result<void> SyncQueue::markAttempted(const QStringList &ids, const QDateTime &at)
{
    return m_db.write([&]() -> Result<void> {
        return each(m_db, QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ? WHERE id = ?"),
                    ids, [&](const QString &id) { return QVariantList{SqlValues::utc(at), id}; });
    });
}

Result<void> SyncQueue::acknowledge(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    const auto byId = [](const QString &id) { return QVariantList{id}; };
    auto done = m_db.write([&]() -> Result<void> {
        if (auto r = each(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), ids, byId); !r.ok())
            return r;
        // The server has the phone number and the note now; the kiosk needs neither to show the
        // request's status, so they go at once. The record itself stays until purgeDelivered.
        for (const char *table : {"help_requests", "assessment_requests"}) {
            const QString sql = QStringLiteral("UPDATE %1 SET phone = '', note = '' WHERE id = ? AND (phone <> '' OR note <> '')")
                                    .arg(QLatin1String(table));
            if (auto r = each(m_db, sql, ids, byId); !r.ok())
                return r;
        }
        // A volunteer registration's name, given name, masked ID number and phone were only
        // ever in its outbox payload, deleted above: the registration row keeps none of them.
        // A booking's phone is only for the server's list of refused bookings to call.
        if (auto r = each(m_db, QStringLiteral("UPDATE appointments SET phone = '' WHERE id = ? AND phone <> ''"), ids, byId);
            !r.ok())
            return r;
        return {};
    });
    if (!done.ok())
        return done;
    // Earlier versions of those pages still sit in the write-ahead log: fold it into the file
    // (secure_delete has zeroed the old cells there) and empty it. The delivery itself is
    // committed either way; a log a reader held is emptied at the next checkpoint.
    (void)m_db.checkpoint();
    return {};
}

Result<void> SyncQueue::park(const QString &id, const QString &reason)
{
    auto parked = m_db.write([&]() -> Result<void> {
        // A parked entry must always show a reason, even if the server gave none.
        const QString why = reason.trimmed().isEmpty() ? QStringLiteral("refused by the server") : reason.trimmed();
        auto q = m_db.exec(QStringLiteral("UPDATE outbox SET parked_reason = ? WHERE id = ?"), {why, id});
        if (!q.ok())
            return q.error();
        // A refused registration is refused here too, in the same transaction, or the person
        // would be told "waiting for approval" for good.
        return RegistrationRefusal::applyIfRegistration(m_db, id, why);
    });
    if (!parked.ok())
        return parked;
    // As at delivery: a registration's personal fields leave the write-ahead log too.
    (void)m_db.checkpoint();
    return {};
}

Result<void> SyncQueue::unpark(const QString &id)
{
    return m_db.write([&]() -> Result<void> {
        // Its personal fields went at parking: the person registers again instead.
        auto kind = m_db.scalar(QStringLiteral("SELECT kind FROM outbox WHERE id = ?"), {id});
        if (!kind.ok())
            return kind.error();
        if (kind.value().toString() == u"volunteer_registration")
            return StoreError::make(StoreError::Kind::Invalid,
                                    core::TranslatableText::translate("store::SyncQueue",
                                            "A refused registration is not sent again. The person can register again at the kiosk."),
                                    QStringLiteral("unpark of a refused volunteer registration"));
        auto q = m_db.exec(QStringLiteral("UPDATE outbox SET parked_reason = NULL WHERE id = ?"), {id});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<SyncStatus> SyncQueue::status() const
{
    auto q = m_db.exec(QStringLiteral("SELECT cursor, last_success, last_attempt, last_error FROM sync_state WHERE id = 1"));
    if (!q.ok())
        return q.error();
    SyncStatus s;
    if (q.value().next()) {
        s.cursor = q.value().value(0).toString();
        s.lastSuccess = SqlValues::toUtc(q.value().value(1));
        s.lastAttempt = SqlValues::toUtc(q.value().value(2));
        s.lastError = q.value().value(3).toString();
    }
    return s;
}

Result<void> SyncQueue::setCursor(const QString &cursor)
{
    return m_db.write([&]() -> Result<void> {
        auto q = m_db.exec(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"), {cursor});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<void> SyncQueue::recordSuccess(const QDateTime &at)
{
    return m_db.write([&]() -> Result<void> {
        auto q = m_db.exec(QStringLiteral("UPDATE sync_state SET last_success = ?, last_attempt = ?, last_error = NULL "
                                          "WHERE id = 1"),
                           {SqlValues::utc(at), SqlValues::utc(at)});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<void> SyncQueue::recordFailure(const QString &error, const QDateTime &at)
{
    return m_db.write([&]() -> Result<void> {
        auto q = m_db.exec(QStringLiteral("UPDATE sync_state SET last_attempt = ?, last_error = ? WHERE id = 1"),
                           {SqlValues::utc(at), error.left(500)});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<void> SyncQueue::apply(const ChangeSet &changes)
{
    return m_db.write([&]() -> Result<void> {
        if (auto rows = applyRows(changes); !rows.ok())
            return rows;
        if (changes.cursor.isEmpty())
            return {};
        auto q = m_db.exec(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"), {changes.cursor});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<void> SyncQueue::updateSlotCounts(const QString &slotId, int capacity, int taken)
{
    return m_db.write([&]() -> Result<void> {
        auto q = m_db.exec(QStringLiteral("UPDATE slots SET capacity = ?, taken = ? WHERE id = ?"),
                           {qMax(0, capacity), qMax(0, taken), slotId});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<int> SyncQueue::purgeDelivered(const QDateTime &before)
{
    return purgeDelivered(before, QDateTime::currentDateTime());
}

Result<int> SyncQueue::purgeDelivered(const QDateTime &before, const QDateTime &now)
{
    const QString utc = SqlValues::utc(before);
    const QString kApplicationRetention = SqlValues::utc(now.addDays(-kFinishedApplicationDays));
    const QVariant local = SqlValues::localTime(before);
    const QString delivered = QStringLiteral("id NOT IN (SELECT id FROM outbox)");
    // Ratings first: they refer to help requests.
    const QList<QPair<QString, QVariant>> steps{
        {QStringLiteral("DELETE FROM ratings WHERE created_at < ? AND %1").arg(delivered), utc},
        {QStringLiteral("DELETE FROM help_requests WHERE created_at < ? AND status IN ('done', 'cancelled') AND %1 "
                        "AND id NOT IN (SELECT request_id FROM ratings)").arg(delivered), utc},
        {QStringLiteral("DELETE FROM assessment_requests WHERE created_at < ? AND status IN ('done', 'cancelled') "
                        "AND %1").arg(delivered), utc},
        {QStringLiteral("DELETE FROM appointments WHERE created_at < ? AND %1").arg(delivered), utc},
        {QStringLiteral("DELETE FROM help_calls WHERE created_at < ? AND %1").arg(delivered), utc},
        // A certificate application staff finished or refused over 90 days ago: its status has
        // been shown long enough. Open ones stay, whatever their age.
        {QStringLiteral("DELETE FROM certificate_applications WHERE status IN ('done', 'refused') "
                        "AND status_changed_at < ? AND %1").arg(delivered), kApplicationRetention},
        {QStringLiteral("DELETE FROM volunteer_checks WHERE at < ? AND %1").arg(delivered), local},
        // A registration the server refused at delivery, or took as one more of a person it has
        // pending under another record, is never sent again nor decided: its parked stub
        // (id, time, code) goes with the retention window, and the row below with it.
        {QStringLiteral("DELETE FROM outbox WHERE kind = 'volunteer_registration' AND parked_reason IS NOT NULL "
                        "AND id IN (SELECT id FROM volunteer_registrations WHERE created_at < ? "
                        "AND (state = 'refused' OR (state = 'pending' AND reason = 'pending')))"), utc},
        // A registration once decided (or held elsewhere, above); the number it gave stays in
        // volunteer_keys. One delivered and still pending stays: its decision teaches the card.
        {QStringLiteral("DELETE FROM volunteer_registrations WHERE created_at < ? AND (state IN ('approved', 'refused') "
                        "OR (state = 'pending' AND reason = 'pending')) AND %1").arg(delivered), utc},
        // Queue numbers name nobody, but a year of them serves no one either.
        {QStringLiteral("DELETE FROM queue_tickets WHERE day < ?"), SqlValues::date(before.date())},
    };
    auto purged = m_db.write([&]() -> Result<int> {
        int removed = 0;
        for (const auto &[sql, cutoff] : steps) {
            auto q = m_db.exec(sql, {cutoff});
            if (!q.ok())
                return q.error();
            removed += q.value().numRowsAffected();
        }
        return removed;
    });
    // As at delivery: the deleted rows' older page versions leave the write-ahead log too.
    if (purged.ok() && purged.value() > 0)
        (void)m_db.checkpoint();
    return purged;
}

Result<void> SyncQueue::applyRows(const ChangeSet &c)
{
    // Services before slots and volunteers before assignments (foreign keys); removals of
    // dependants before their parents.
    const QString upsertService = QStringLiteral(
        "INSERT INTO services(id, category, name_zh, name_en, offers_zh, offers_en, eligibility_zh, eligibility_en, "
        "bring_zh, bring_en, hours_zh, hours_en, bookable, sort_order, official_zh, official_en, place_zh, place_en, "
        "weekly_hours, walk_in, queue_prefix) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET category = excluded.category, name_zh = excluded.name_zh, "
        "name_en = excluded.name_en, offers_zh = excluded.offers_zh, offers_en = excluded.offers_en, "
        "eligibility_zh = excluded.eligibility_zh, eligibility_en = excluded.eligibility_en, "
        "bring_zh = excluded.bring_zh, bring_en = excluded.bring_en, hours_zh = excluded.hours_zh, "
        "hours_en = excluded.hours_en, bookable = excluded.bookable, sort_order = excluded.sort_order, "
        "official_zh = excluded.official_zh, official_en = excluded.official_en, place_zh = excluded.place_zh, "
        "place_en = excluded.place_en, weekly_hours = excluded.weekly_hours, walk_in = excluded.walk_in, "
        "queue_prefix = excluded.queue_prefix");
    if (auto r = each(m_db, upsertService, c.services, [](const ServiceOffer &s) {
            return QVariantList{s.id, core::ServiceCategories::key(s.category), s.name.zh, s.name.en, s.offers.zh,
                                s.offers.en, s.eligibility.zh, s.eligibility.en, s.whatToBring.zh, s.whatToBring.en,
                                s.openingHours.zh, s.openingHours.en, s.bookable ? 1 : 0, s.sortOrder,
                                s.officialName.zh, s.officialName.en, s.place.zh, s.place.en, s.weeklyHours,
                                s.walkIn ? 1 : 0, s.queuePrefix};
        });
        !r.ok())
        return r;

    // Booking statuses before the page's slot rows: a refusal frees the place in the cached
    // count, and a slot row of the same page (the server's count) then has the last word.
    if (auto r = BookingFeedRows::apply(m_db, c); !r.ok())
        return r;

    const QString upsertSlot = QStringLiteral(
        "INSERT INTO slots(id, service_id, starts_at, ends_at, capacity, taken, closed) VALUES(?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET service_id = excluded.service_id, starts_at = excluded.starts_at, "
        "ends_at = excluded.ends_at, capacity = excluded.capacity, taken = excluded.taken, closed = excluded.closed");
    if (auto r = each(m_db, upsertSlot, c.bookableSlots, [](const BookableSlot &s) {
            return QVariantList{s.id, s.serviceId, SqlValues::localTime(s.startsAt), SqlValues::localTime(s.endsAt),
                                s.capacity, s.taken, s.closed ? 1 : 0};
        });
        !r.ok())
        return r;
    // The server's count cannot include this kiosk's bookings it has not received yet: they
    // still take their places here, or the kiosk would offer a place it has used offline.
    const QString addUndelivered = QStringLiteral(
        "UPDATE slots SET taken = taken + (SELECT COUNT(*) FROM appointments a JOIN outbox o ON o.id = a.id "
        "WHERE a.slot_id = slots.id AND a.state = 'provisional') WHERE id = ?");
    if (auto r = each(m_db, addUndelivered, c.bookableSlots, [](const BookableSlot &s) { return QVariantList{s.id}; });
        !r.ok())
        return r;

    // served_half_hours is the server's count alone: this kiosk's undelivered check-outs are
    // added when hours are shown (VolunteerHoursTally), never into this column.
    const QString upsertVolunteer = QStringLiteral(
        "INSERT INTO volunteers(id, volunteer_number, name, served_half_hours, skills, given_name) VALUES(?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET volunteer_number = excluded.volunteer_number, name = excluded.name, "
        "served_half_hours = excluded.served_half_hours, skills = excluded.skills, given_name = excluded.given_name");
    if (auto r = each(m_db, upsertVolunteer, c.volunteers, [](const VolunteerRecord &v) {
            return QVariantList{v.id, v.number.trimmed().toUpper(), v.name, v.served.halfHours(), v.skills.join(u','),
                                v.givenName};
        });
        !r.ok())
        return r;
    if (auto r = CoordinatorDecisions::apply(m_db, c); !r.ok())
        return r;

    const QString upsertAssignment = QStringLiteral(
        "INSERT INTO assignments(id, volunteer_id, day, starts_at, ends_at, help_type, title_zh, title_en, place_zh, "
        "place_en, request_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET volunteer_id = excluded.volunteer_id, day = excluded.day, "
        "starts_at = excluded.starts_at, ends_at = excluded.ends_at, help_type = excluded.help_type, "
        "title_zh = excluded.title_zh, title_en = excluded.title_en, place_zh = excluded.place_zh, "
        "place_en = excluded.place_en, request_id = excluded.request_id");
    if (auto r = each(m_db, upsertAssignment, c.assignments, [](const Assignment &a) {
            const QDate day = a.day.isValid() ? a.day : a.startsAt.date();
            return QVariantList{a.id, a.volunteerId, SqlValues::date(day), SqlValues::localTime(a.startsAt),
                                SqlValues::localTime(a.endsAt), a.helpType, a.title.zh, a.title.en, a.place.zh,
                                a.place.en, SqlValues::orNull(a.requestId)};
        });
        !r.ok())
        return r;

    const QString upsertCertificate = QStringLiteral(
        "INSERT INTO certificates(id_hash, masked_id, category, level, replacement, state, state_since, issued_on, "
        "valid_until, pickup_place_zh, pickup_place_en, updated_at, reported_lost_on, loss_confirmed) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id_hash) DO UPDATE SET masked_id = excluded.masked_id, category = excluded.category, "
        "level = excluded.level, replacement = excluded.replacement, state = excluded.state, "
        "state_since = excluded.state_since, issued_on = excluded.issued_on, valid_until = excluded.valid_until, "
        "pickup_place_zh = excluded.pickup_place_zh, pickup_place_en = excluded.pickup_place_en, "
        "updated_at = excluded.updated_at, "
        // A report of loss made here and not yet delivered is not yet in the server's row: the
        // card stays marked lost until the server's own mark arrives.
        "reported_lost_on = COALESCE(excluded.reported_lost_on, CASE WHEN EXISTS("
        " SELECT 1 FROM certificate_applications a JOIN outbox o ON o.id = a.id"
        " WHERE a.id_hash = certificates.id_hash AND a.procedure = 'replace' AND a.choice = '%1')"
        " THEN certificates.reported_lost_on END), "
        // Every row here is the server's (feed or lookup answer): its mark is the confirmed one.
        "loss_confirmed = excluded.loss_confirmed")
        .arg(core::ProcedureChoices::reportOfLossKey());
    if (auto r = each(m_db, upsertCertificate, c.certificates, [](const CertificateRecord &r) {
            const QDateTime updated = r.updatedAt.isValid() ? r.updatedAt : QDateTime::currentDateTimeUtc();
            return QVariantList{r.idHash, r.maskedId, int(r.category), r.level, r.replacement,
                                core::CertificateStates::key(r.state), SqlValues::date(r.stateSince),
                                SqlValues::date(r.issuedOn), SqlValues::date(r.validUntil), r.pickupPlace.zh,
                                r.pickupPlace.en, SqlValues::utc(updated), SqlValues::date(r.reportedLostOn),
                                r.reportedLostOn.isValid() ? 1 : 0};
        });
        !r.ok())
        return r;

    // A status change names a request of either table; the id is unique across both.
    for (const RequestStatusChange &s : c.requestStatuses) {
        const QVariantList values{core::RequestStates::key(s.status), SqlValues::utc(s.changedAt), s.requestId};
        for (const char *table : {"help_requests", "assessment_requests"}) {
            auto q = m_db.exec(QStringLiteral("UPDATE %1 SET status = ?, status_changed_at = ? WHERE id = ?")
                                   .arg(QLatin1String(table)),
                               values);
            if (!q.ok())
                return q.error();
        }
    }

    if (auto r = HelpFeedRows::apply(m_db, c); !r.ok())
        return r;
    if (auto r = ApplicationFeedRows::apply(m_db, c); !r.ok())
        return r;

    const auto remove = [&](const char *table, const char *key, const QStringList &ids) {
        return each(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(key)),
                    ids, [](const QString &id) { return QVariantList{id}; });
    };
    if (auto r = remove("assignments", "id", c.removedAssignments); !r.ok())
        return r;
    // A volunteer removed from the roster is no longer found by card either.
    if (auto r = each(m_db, QStringLiteral("DELETE FROM volunteer_keys WHERE volunteer_number IN "
                                           "(SELECT volunteer_number FROM volunteers WHERE id = ?)"),
                      c.removedVolunteers, [](const QString &id) { return QVariantList{id}; });
        !r.ok())
        return r;
    if (auto r = remove("volunteers", "id", c.removedVolunteers); !r.ok())
        return r;
    if (auto r = remove("slots", "id", c.removedSlots); !r.ok())
        return r;
    if (auto r = remove("services", "id", c.removedServices); !r.ok())
        return r;
    if (auto r = remove("certificates", "id_hash", c.removedCertificates); !r.ok())
        return r;
    return {};
}

} // namespace store
