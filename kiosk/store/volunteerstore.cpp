// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/volunteerstore.h"
#include "core/translatabletext.h"

#include "core/starlevel.h"
#include "core/uuidv7.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

namespace {

using Kind = StoreError::Kind;

} // namespace

VolunteerStore::VolunteerStore(StoreContext &context)
    : m_context(context)
{
}

Result<std::optional<VolunteerRecord>> VolunteerStore::volunteer(const QString &volunteerNumber) const
{
    Database &db = m_context.database();
    auto q = db.exec(QStringLiteral("SELECT id, volunteer_number, name, served_half_hours, skills FROM volunteers "
                                    "WHERE volunteer_number = ?"),
                     {volunteerNumber.trimmed().toUpper()});
    if (!q.ok())
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return std::optional<VolunteerRecord>();
    VolunteerRecord v;
    v.id = row.value(0).toString();
    v.number = row.value(1).toString();
    v.name = row.value(2).toString();
    v.served = core::VolunteerHours::fromHalfHours(row.value(3).toLongLong());
    v.skills = row.value(4).toString().split(u',', Qt::SkipEmptyParts);
    return std::optional<VolunteerRecord>(v);
}

Result<VolunteerRecord> VolunteerStore::requireVolunteer(const QString &volunteerNumber) const
{
    auto found = volunteer(volunteerNumber);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::VolunteerStore",
                                "This volunteer number was not found. Please check it."));
    return *found.value();
}

Result<VolunteerCheck> VolunteerStore::checkIn(const QString &volunteerNumber, const QString &)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<VolunteerCheck> {
        auto found = requireVolunteer(volunteerNumber);
        if (!found.ok())
            return found.error();
        const VolunteerRecord v = found.value();
        auto last = db.exec(QStringLiteral("SELECT direction, at FROM volunteer_checks WHERE volunteer_id = ? "
                                           "ORDER BY at DESC, id DESC LIMIT 1"),
                            {v.id});
        if (!last.ok())
            return last.error();
        if (last.value().next() && last.value().value(0).toString() == u"in") {
            const QString since = SqlValues::toLocalTime(last.value().value(1)).toString(QStringLiteral("HH:mm"));
            return StoreError{Kind::AlreadyDone,
                              core::TranslatableText::translate("store::VolunteerStore", "You checked in at %1 already.").arg(since),
                              {}};
        }
        last.value().finish();
        // The assignment being started: today's first one that has not ended yet.
        auto assignment = db.scalar(QStringLiteral("SELECT id FROM assignments WHERE volunteer_id = ? AND day = ? "
                                                   "AND ends_at > ? ORDER BY starts_at LIMIT 1"),
                                    {v.id, at.date().toString(Qt::ISODate), SqlValues::localTime(at)});
        if (!assignment.ok())
            return assignment.error();
        VolunteerCheck check;
        check.id = core::UuidV7::generateString();
        check.volunteerName = v.name;
        check.checkedIn = true;
        check.at = at;
        check.checkedInAt = at;
        check.servedTotal = v.served;
        check.stars = core::StarLevel::starsFor(v.served);
        check.assignmentId = assignment.value().toString();
        auto inserted = db.exec(QStringLiteral("INSERT INTO volunteer_checks(id, volunteer_id, assignment_id, direction, at) "
                                               "VALUES(?, ?, ?, 'in', ?)"),
                                {check.id, v.id, SqlValues::orNull(check.assignmentId), SqlValues::localTime(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(check.id, QStringLiteral("check_in"),
                                     {{QStringLiteral("direction"), QStringLiteral("in")},
                                      {QStringLiteral("volunteerId"), v.id},
                                      {QStringLiteral("volunteerNumber"), v.number},
                                      {QStringLiteral("assignmentId"), check.assignmentId},
                                      {QStringLiteral("at"), SqlValues::utc(at)}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return check;
    });
}

Result<VolunteerCheck> VolunteerStore::checkOut(const QString &volunteerNumber, CheckOutBy)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<VolunteerCheck> {
        auto found = requireVolunteer(volunteerNumber);
        if (!found.ok())
            return found.error();
        const VolunteerRecord v = found.value();
        auto last = db.exec(QStringLiteral("SELECT id, direction, at, assignment_id FROM volunteer_checks "
                                           "WHERE volunteer_id = ? ORDER BY at DESC, id DESC LIMIT 1"),
                            {v.id});
        if (!last.ok())
            return last.error();
        QSqlQuery &row = last.value();
        if (!row.next() || row.value(1).toString() != u"in")
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::VolunteerStore", "You have not checked in yet. Please check in first."));
        VolunteerCheck check;
        const QString checkInId = row.value(0).toString();
        check.checkedInAt = SqlValues::toLocalTime(row.value(2));
        check.assignmentId = row.value(3).toString();
        row.finish();
        check.id = core::UuidV7::generateString();
        check.volunteerName = v.name;
        check.checkedIn = false;
        check.at = at;
        check.servedNow = core::VolunteerHours::fromServedTime(check.checkedInAt, at);
        check.servedTotal = v.served + check.servedNow;
        check.stars = core::StarLevel::starsFor(check.servedTotal);
        auto inserted = db.exec(QStringLiteral("INSERT INTO volunteer_checks(id, volunteer_id, assignment_id, direction, at, "
                                               "served_half_hours) VALUES(?, ?, ?, 'out', ?, ?)"),
                                {check.id, v.id, SqlValues::orNull(check.assignmentId), SqlValues::localTime(at),
                                 check.servedNow.halfHours()});
        if (!inserted.ok())
            return inserted.error();
        // Shown at once; the server's count replaces it when the roster next syncs.
        auto added = db.exec(QStringLiteral("UPDATE volunteers SET served_half_hours = served_half_hours + ? WHERE id = ?"),
                             {check.servedNow.halfHours(), v.id});
        if (!added.ok())
            return added.error();
        auto queued = outbox.enqueue(check.id, QStringLiteral("check_in"),
                                     {{QStringLiteral("direction"), QStringLiteral("out")},
                                      {QStringLiteral("volunteerId"), v.id},
                                      {QStringLiteral("volunteerNumber"), v.number},
                                      {QStringLiteral("assignmentId"), check.assignmentId},
                                      {QStringLiteral("checkInId"), checkInId},
                                      {QStringLiteral("servedHalfHours"), check.servedNow.halfHours()},
                                      {QStringLiteral("at"), SqlValues::utc(at)}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return check;
    });
}

Result<std::optional<VolunteerRecord>> VolunteerStore::findVolunteer(const QString &typed) const
{
    return volunteer(typed);
}

Result<std::optional<VolunteerRecord>> VolunteerStore::volunteerOfIdNumber(QStringView) const
{
    return std::optional<VolunteerRecord>();
}

Result<VolunteerDay> VolunteerStore::dayOf(const QString &volunteerNumber) const
{
    auto found = requireVolunteer(volunteerNumber);
    if (!found.ok())
        return found.error();
    VolunteerDay day;
    day.volunteer = found.value();
    return day;
}

Result<QList<OpenCheckIn>> VolunteerStore::checkedInNow() const
{
    return QList<OpenCheckIn>();
}

Result<VolunteerHoursSummary> VolunteerStore::hoursOf(const QString &volunteerNumber) const
{
    auto found = requireVolunteer(volunteerNumber);
    if (!found.ok())
        return found.error();
    VolunteerHoursSummary summary;
    summary.volunteer = found.value();
    summary.serverTotal = summary.total = summary.volunteer.served;
    summary.stars = core::StarLevel::starsFor(summary.total);
    summary.toNextStar = core::StarLevel::toNextStar(summary.total);
    return summary;
}

Result<QList<Assignment>> VolunteerStore::assignments(QDate day) const
{
    Database &db = m_context.database();
    if (!day.isValid())
        day = m_context.now().date();
    auto q = db.exec(QStringLiteral("SELECT a.id, a.volunteer_id, v.name, a.day, a.starts_at, a.ends_at, a.help_type, "
                                    "a.title_zh, a.title_en, a.place_zh, a.place_en, a.request_id "
                                    "FROM assignments a JOIN volunteers v ON v.id = a.volunteer_id "
                                    "WHERE a.day = ? ORDER BY a.starts_at, v.name"),
                     {day.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    QList<Assignment> out;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        Assignment a;
        a.id = rows.value(0).toString();
        a.volunteerId = rows.value(1).toString();
        a.volunteerName = rows.value(2).toString();
        a.day = SqlValues::toDate(rows.value(3));
        a.startsAt = SqlValues::toLocalTime(rows.value(4));
        a.endsAt = SqlValues::toLocalTime(rows.value(5));
        a.helpType = rows.value(6).toString();
        a.title = SqlValues::toText(rows, 7);
        a.place = SqlValues::toText(rows, 9);
        a.requestId = rows.value(11).toString();
        out.append(a);
    }
    return out;
}

} // namespace store
