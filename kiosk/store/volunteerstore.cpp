// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/volunteerstore.h"

#include "core/starlevel.h"
#include "core/translatabletext.h"
#include "core/uuidv7.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/servedspan.h"
#include "kiosk/store/sqlvalues.h"
#include "kiosk/store/volunteerhourstally.h"
#include "kiosk/store/volunteertablereads.h"

#include <QRegularExpression>

#include <algorithm>

namespace store {

namespace {

using Kind = StoreError::Kind;

/// "TJ-V-000123", "tj v 000123" and "TJV000123" are one number.
QString compact(const QString &number)
{
    QString out;
    for (QChar c : number) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

/// The number's trailing digits as an integer ("TJ-V-000123" → 123), or -1 without digits.
qint64 trailingNumber(const QString &number)
{
    static const QRegularExpression digits(QStringLiteral("([0-9]+)$"));
    const auto match = digits.match(number.trimmed());
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const qint64 value = match.captured(1).right(18).toLongLong(&ok);
    return ok ? value : -1;
}

QString clockTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("HH:mm"));
}

// The open check-in `row` can no longer be counted (more than 16 hours, or a clock moved across
// a restart): it is closed without a check-out, nothing is sent, and the words say who records
// the hours. A volunteer hears that staff will; staff, who are the ones to, hear how. `told`
// is set to those words.
Result<void> closeStale(const Database &db, const CheckInRow &row, ServedSpan::Verdict verdict, CheckOutBy by,
                        std::optional<StoreError> &told)
{
    const bool late = verdict == ServedSpan::Verdict::Expired;
    auto q = db.exec(QStringLiteral("UPDATE volunteer_checks SET closed_by = ? WHERE id = ?"),
                     {late ? QStringLiteral("expired") : QStringLiteral("clock"), row.checkInId});
    if (!q.ok())
        return q.error();
    const QString detail = late ? QStringLiteral("check-in older than 16 hours closed")
                                : QStringLiteral("wall clock before the check-in after a restart");
    if (by == CheckOutBy::Staff) {
        const core::TranslatableText words = late
            ? core::TranslatableText::translate("store::VolunteerStore",
                      "The check-in of %1 on %2 at %3 is more than 16 hours old, so the kiosk cannot count it. "
                      "It is closed now: tell the volunteer coordinator how long they served, so the hours are "
                      "recorded centrally.").arg(row.volunteerNumber).arg(row.since.date()).arg(clockTime(row.since))
            : core::TranslatableText::translate("store::VolunteerStore",
                      "The kiosk's clock changed since %1 checked in, so the kiosk cannot count this time. "
                      "It is closed now: tell the volunteer coordinator how long they served, so the hours are "
                      "recorded centrally.").arg(row.volunteerNumber);
        told = StoreError::make(Kind::Invalid, words, detail);
        return {};
    }
    const core::TranslatableText words = late
        ? core::TranslatableText::translate("store::VolunteerStore",
                  "You checked in on %1 and did not check out. Station staff will record those hours. "
                  "You can check in again now.").arg(row.since.date())
        : core::TranslatableText::translate("store::VolunteerStore",
                  "The kiosk's clock changed since you checked in, so your time cannot be counted here. "
                  "Station staff will record it.");
    told = StoreError::make(Kind::Invalid, words, detail);
    return {};
}

// The volunteer's hours after a check-in or check-out, as the result page shows them.
void fillHours(VolunteerCheck &check, const VolunteerHoursSummary &tally)
{
    check.servedTotal = tally.total;
    check.notYetSent = tally.notYetSent;
    check.stars = tally.stars;
    check.toNextStar = tally.toNextStar;
}

// What a write that may have closed a stale check-in returns: the closing is committed, and
// the person hears why instead of the (empty) result.
Result<VolunteerCheck> toldOr(const Result<VolunteerCheck> &written, const std::optional<StoreError> &told)
{
    if (!written.ok() || !told)
        return written;
    return *told;
}

} // namespace

VolunteerStore::VolunteerStore(StoreContext &context)
    : m_context(context)
{
}

Result<std::optional<VolunteerRecord>> VolunteerStore::volunteer(const QString &volunteerNumber) const
{
    return VolunteerTableReads::byNumber(m_context.database(), volunteerNumber);
}

Result<std::optional<VolunteerRecord>> VolunteerStore::findVolunteer(const QString &typed) const
{
    const QString wanted = compact(typed);
    if (wanted.isEmpty())
        return std::optional<VolunteerRecord>();
    Database &db = m_context.database();
    const bool digitsOnly = std::all_of(wanted.begin(), wanted.end(), [](QChar c) { return c.isDigit(); });
    // The whole number first: a number of digits only is itself, not the end of another.
    auto q = db.exec(QStringLiteral("SELECT %1 FROM volunteers v WHERE REPLACE(REPLACE(UPPER(v.volunteer_number), '-', ''), "
                                    "' ', '') = ?").arg(VolunteerTableReads::columns()),
                     {wanted});
    if (!q.ok())
        return q.error();
    if (q.value().next())
        return std::optional<VolunteerRecord>(VolunteerTableReads::read(q.value()));
    q.value().finish();
    if (!digitsOnly)
        return std::optional<VolunteerRecord>();

    // The keypad has digits only: "123" is TJ-V-000123. LIKE narrows the roster to numbers
    // ending in those digits; their trailing number must then be the same integer.
    qint64 value = 0;
    bool ok = false;
    value = wanted.right(18).toLongLong(&ok);
    if (!ok)
        return std::optional<VolunteerRecord>();
    const QString tail = QString::number(value);
    auto candidates = db.exec(QStringLiteral("SELECT %1 FROM volunteers v WHERE v.volunteer_number LIKE ? "
                                             "ORDER BY v.volunteer_number").arg(VolunteerTableReads::columns()),
                              {u'%' + tail});
    if (!candidates.ok())
        return candidates.error();
    QList<VolunteerRecord> found;
    while (candidates.value().next()) {
        VolunteerRecord v = VolunteerTableReads::read(candidates.value());
        if (trailingNumber(v.number) == value)
            found.append(v);
    }
    if (found.size() > 1)
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::VolunteerStore",
                                "Several volunteers have a number ending in %1. Please ask station staff to check you in.").arg(tail),
                                QStringLiteral("ambiguous volunteer number"));
    if (found.isEmpty())
        return std::optional<VolunteerRecord>();
    return std::optional<VolunteerRecord>(found.first());
}

Result<std::optional<VolunteerRecord>> VolunteerStore::volunteerOfIdNumber(QStringView idNumber) const
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    auto number = m_context.database().scalar(QStringLiteral("SELECT volunteer_number FROM volunteer_keys WHERE visitor_key = ?"),
                                              {key.value()});
    if (!number.ok())
        return number.error();
    if (!number.value().isValid())
        return std::optional<VolunteerRecord>();
    // Approved, but the roster row has not arrived yet: not on this kiosk's list (yet).
    return volunteer(number.value().toString());
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

Result<VolunteerDay> VolunteerStore::dayOf(const QString &volunteerNumber) const
{
    auto found = requireVolunteer(volunteerNumber);
    if (!found.ok())
        return found.error();
    VolunteerDay day;
    day.volunteer = found.value();
    auto today = assignments();
    if (!today.ok())
        return today.error();
    for (const Assignment &a : today.value()) {
        if (a.volunteerId == day.volunteer.id)
            day.assignments.append(a);
    }
    auto open = VolunteerTableReads::openCheckIns(m_context.database(), day.volunteer.id);
    if (!open.ok())
        return open.error();
    if (!open.value().isEmpty())
        day.openCheckIn = open.value().constLast();
    return day;
}

Result<QList<OpenCheckIn>> VolunteerStore::checkedInNow() const
{
    auto open = VolunteerTableReads::openCheckIns(m_context.database());
    if (!open.ok())
        return open.error();
    QList<OpenCheckIn> out;
    for (const CheckInRow &row : open.value())
        out.append(row);
    return out;
}

Result<VolunteerHoursSummary> VolunteerStore::hoursOf(const QString &volunteerNumber) const
{
    auto found = requireVolunteer(volunteerNumber);
    if (!found.ok())
        return found.error();
    return VolunteerHoursTally::of(m_context.database(), found.value());
}

Result<VolunteerCheck> VolunteerStore::checkIn(const QString &volunteerNumber, const QString &assignmentId)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime at = m_context.now();
    const MonotonicReading clock = m_context.monotonic();
    // A stale check-in is closed (committed) and the volunteer told why, before checking in.
    std::optional<StoreError> told;
    auto written = db.write([&]() -> Result<VolunteerCheck> {
        auto found = requireVolunteer(volunteerNumber);
        if (!found.ok())
            return found.error();
        const VolunteerRecord v = found.value();
        auto open = VolunteerTableReads::openCheckIns(db, v.id);
        if (!open.ok())
            return open.error();
        if (!open.value().isEmpty()) {
            const CheckInRow &last = open.value().constLast();
            const ServedSpan span = ServedSpan::measure(last.since, last.bootId, last.monotonicMs, at, clock);
            if (span.verdict == ServedSpan::Verdict::Counted)
                return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::VolunteerStore",
                                        "You checked in at %1 already. Check out when you finish.")
                                                               .arg(clockTime(last.since)));
            if (auto closed = closeStale(db, last, span.verdict, CheckOutBy::Volunteer, told); !closed.ok())
                return closed.error();
            return VolunteerCheck{};
        }

        VolunteerCheck check;
        if (!assignmentId.isEmpty()) {
            auto task = db.exec(QStringLiteral("SELECT ends_at FROM assignments WHERE id = ? AND volunteer_id = ? AND day = ?"),
                                {assignmentId, v.id, SqlValues::date(at.date())});
            if (!task.ok())
                return task.error();
            if (!task.value().next())
                return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::VolunteerStore",
                                        "This task is not on your list at this station today."),
                                        QStringLiteral("assignment not this volunteer's today here"));
            const QDateTime endsAt = SqlValues::toLocalTime(task.value().value(0));
            if (endsAt <= at)
                return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::VolunteerStore",
                                        "This task ended at %1. Check in for station duty instead, or ask staff.")
                                                           .arg(clockTime(endsAt)),
                                        QStringLiteral("assignment ended"));
        }
        check.id = core::UuidV7::generateString();
        check.volunteerName = v.name;
        check.givenName = v.givenName;
        check.volunteerNumber = v.number;
        check.checkedIn = true;
        check.at = at;
        check.checkedInAt = at;
        check.assignmentId = assignmentId;
        check.stationDuty = assignmentId.isEmpty();
        auto inserted = db.exec(QStringLiteral("INSERT INTO volunteer_checks(id, volunteer_id, assignment_id, direction, at, "
                                               "boot_id, monotonic_ms) VALUES(?, ?, ?, 'in', ?, ?, ?)"),
                                {check.id, v.id, SqlValues::orNull(assignmentId), SqlValues::localTime(at),
                                 SqlValues::orNull(clock.bootId), clock.ms});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(check.id, QStringLiteral("check_in"),
                                     {{QStringLiteral("direction"), QStringLiteral("in")},
                                      {QStringLiteral("volunteerId"), v.id},
                                      {QStringLiteral("volunteerNumber"), v.number},
                                      {QStringLiteral("assignmentId"), assignmentId},
                                      {QStringLiteral("at"), SqlValues::utc(at)}},
                                     at);
        if (!queued.ok())
            return queued.error();
        auto hours = VolunteerHoursTally::of(db, v);
        if (!hours.ok())
            return hours.error();
        fillHours(check, hours.value());
        return check;
    });
    return toldOr(written, told);
}

Result<VolunteerCheck> VolunteerStore::checkOut(const QString &volunteerNumber, CheckOutBy by)
{
    Database &db = m_context.database();
    std::optional<StoreError> told;
    auto written = db.write([&]() -> Result<VolunteerCheck> {
        auto found = requireVolunteer(volunteerNumber);
        if (!found.ok())
            return found.error();
        const VolunteerRecord v = found.value();
        auto open = VolunteerTableReads::openCheckIns(db, v.id);
        if (!open.ok())
            return open.error();
        if (open.value().isEmpty())
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::VolunteerStore",
                                    "You have not checked in, so there is nothing to check out. Check in when you start."),
                                    QStringLiteral("check-out without a check-in"));
        return writeCheckOut(v, open.value().constLast(), by, told);
    });
    return toldOr(written, told);
}

Result<VolunteerCheck> VolunteerStore::checkOutCheckIn(const QString &checkInId)
{
    Database &db = m_context.database();
    std::optional<StoreError> told;
    auto written = db.write([&]() -> Result<VolunteerCheck> {
        auto open = VolunteerTableReads::openCheckIns(db);
        if (!open.ok())
            return open.error();
        const auto in = std::find_if(open.value().cbegin(), open.value().cend(),
                                     [&](const CheckInRow &row) { return row.checkInId == checkInId; });
        if (in == open.value().cend()) {
            auto known = db.scalar(QStringLiteral("SELECT 1 FROM volunteer_checks WHERE id = ? AND direction = 'in'"),
                                   {checkInId});
            if (!known.ok())
                return known.error();
            if (known.value().isValid())
                return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::VolunteerStore",
                                        "This volunteer has checked out already."),
                                        QStringLiteral("staff check-out of a closed check-in"));
            return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::VolunteerStore",
                                    "This check-in was not found. Please look at the list again."),
                                    QStringLiteral("staff check-out of an unknown check-in"));
        }
        auto found = volunteer(in->volunteerNumber);
        if (!found.ok())
            return found.error();
        // Off the roster since checking in: the check-out still names the number the server
        // knows the check-in by; the hours shown are this kiosk's own (no server total here).
        VolunteerRecord v;
        if (found.value()) {
            v = *found.value();
        } else {
            v.id = in->volunteerId;
            v.number = in->volunteerNumber;
            v.name = in->volunteerName;
            v.givenName = in->givenName;
        }
        return writeCheckOut(v, *in, CheckOutBy::Staff, told);
    });
    return toldOr(written, told);
}

Result<VolunteerCheck> VolunteerStore::writeCheckOut(const VolunteerRecord &v, const CheckInRow &in, CheckOutBy by,
                                                     std::optional<StoreError> &told)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime now = m_context.now();
    const MonotonicReading clock = m_context.monotonic();
    // Staff closing the check-in of someone who forgot count until the assignment's end
    // when it has passed (the time served), by the wall clock; otherwise until now.
    const bool untilEnd = by == CheckOutBy::Staff && in.assignmentEndsAt.isValid() && in.assignmentEndsAt < now
                          && in.assignmentEndsAt > in.since;
    const QDateTime at = untilEnd ? in.assignmentEndsAt : now;
    const ServedSpan span = untilEnd ? ServedSpan::measure(in.since, {}, std::nullopt, at, clock)
                                     : ServedSpan::measure(in.since, in.bootId, in.monotonicMs, at, clock);
    if (span.verdict != ServedSpan::Verdict::Counted) {
        if (auto closed = closeStale(db, in, span.verdict, by, told); !closed.ok())
            return closed.error();
        return VolunteerCheck{};
    }

    VolunteerCheck check;
    check.id = core::UuidV7::generateString();
    check.volunteerName = v.name;
    check.givenName = v.givenName;
    check.volunteerNumber = v.number;
    check.checkedIn = false;
    check.at = at;
    check.checkedInAt = in.since;
    check.assignmentId = in.assignmentId;
    check.stationDuty = in.assignmentId.isEmpty();
    check.byStaff = by == CheckOutBy::Staff;
    check.countedByTimer = span.byTimer && span.timerDisagrees;
    check.servedNow = core::VolunteerHours::fromMinutes(span.minutes);
    // The day of the check-out as served: by the timer when the wall clock cannot be trusted.
    const QDateTime servedUntil = check.countedByTimer ? in.since.addSecs(span.minutes * 60) : at;
    check.overMidnight = in.since.date() < servedUntil.date();
    const QString closedBy = check.byStaff ? QStringLiteral("staff") : QStringLiteral("volunteer");
    auto closed = db.exec(QStringLiteral("UPDATE volunteer_checks SET closed_by = ? WHERE id = ?"), {closedBy, in.checkInId});
    if (!closed.ok())
        return closed.error();
    auto inserted = db.exec(QStringLiteral("INSERT INTO volunteer_checks(id, volunteer_id, assignment_id, direction, at, "
                                           "served_half_hours, boot_id, monotonic_ms, closed_by, check_in_id) "
                                           "VALUES(?, ?, ?, 'out', ?, ?, ?, ?, ?, ?)"),
                            {check.id, v.id, SqlValues::orNull(check.assignmentId), SqlValues::localTime(at),
                             check.servedNow.halfHours(), SqlValues::orNull(clock.bootId), clock.ms,
                             closedBy, in.checkInId});
    if (!inserted.ok())
        return inserted.error();
    QJsonObject payload{{QStringLiteral("checkInId"), in.checkInId},
                        {QStringLiteral("volunteerNumber"), v.number},
                        {QStringLiteral("at"), SqlValues::utc(at)}};
    // The timer's minutes are right even when the wall clock moved; the server counts
    // them from the check-in instead of the two wall-clock times.
    if (span.byTimer)
        payload.insert(QStringLiteral("servedMinutes"), span.minutes);
    if (auto queued = outbox.enqueue(check.id, QStringLiteral("check_out"), payload, now); !queued.ok())
        return queued.error();
    auto hours = VolunteerHoursTally::of(db, v);
    if (!hours.ok())
        return hours.error();
    fillHours(check, hours.value());
    return check;
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
