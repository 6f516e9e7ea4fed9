// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/volunteerhourstally.h"

#include "core/starlevel.h"
#include "kiosk/store/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

namespace store {

namespace {

constexpr int kRecentPeriods = 10;

// `source` marked with QT_TRANSLATE_NOOP("store::VolunteerHoursTally", ...), so lupdate finds it.
core::TranslatableText words(const char *source)
{
    return core::TranslatableText::translate("store::VolunteerHoursTally", source);
}

// When the period ended, or began when it never did: the newest first.
QDateTime lastMoment(const ServedPeriod &p)
{
    return p.to.isValid() ? p.to : p.from;
}

} // namespace

Result<VolunteerHoursSummary> VolunteerHoursTally::of(const Database &db, const VolunteerRecord &volunteer)
{
    VolunteerHoursSummary s;
    s.volunteer = volunteer;
    s.serverTotal = volunteer.served;
    QList<ServedPeriod> periods;

    // Every check-out made here: an out row with its check-in, the assignment's title, whether
    // its outbox entry is still waiting (or was refused: parked).
    auto q = db.exec(QStringLiteral("SELECT o.at, i.at, o.served_half_hours, o.assignment_id, a.title_zh, a.title_en, "
                                    "o.duty_state, o.duty_reason, q.id IS NOT NULL, q.parked_reason "
                                    "FROM volunteer_checks o "
                                    "LEFT JOIN volunteer_checks i ON i.id = o.check_in_id "
                                    "LEFT JOIN assignments a ON a.id = o.assignment_id "
                                    "LEFT JOIN outbox q ON q.id = o.id "
                                    "WHERE o.volunteer_id = ? AND o.direction = 'out' ORDER BY o.at DESC, o.id DESC"),
                     {volunteer.id});
    if (!q.ok())
        return q.error();
    QSqlQuery &row = q.value();
    while (row.next()) {
        ServedPeriod p;
        p.to = SqlValues::toLocalTime(row.value(0));
        p.from = SqlValues::toLocalTime(row.value(1));
        p.hours = core::VolunteerHours::fromHalfHours(row.value(2).toLongLong());
        const bool stationDuty = row.value(3).toString().isEmpty();
        if (!stationDuty)
            p.what = SqlValues::toText(row, 4);
        const QString duty = row.value(6).toString();
        const QString dutyReason = row.value(7).toString().trimmed();
        const bool queued = row.value(8).toBool();
        const QString parked = row.value(9).toString();
        if (!parked.isEmpty()) {
            // The server's words name fields and ids: staff read them; the volunteer is told plainly.
            p.state = ServedPeriod::State::NotCounted;
            p.reason = words(QT_TRANSLATE_NOOP("store::VolunteerHoursTally",
                                               "the central office did not accept this check-out"));
            p.serverWords = parked;
        } else if (stationDuty && duty == u"refused") {
            p.state = ServedPeriod::State::Refused;
            // A coordinator's reason is written for the volunteer.
            if (!dutyReason.isEmpty())
                p.reason = words(QT_TRANSLATE_NOOP("store::VolunteerHoursTally", "the coordinator's reason: %1")).arg(dutyReason);
        } else if (stationDuty && duty != u"approved") {
            p.state = ServedPeriod::State::WaitingForApproval;
            s.waitingForApproval = s.waitingForApproval + p.hours;
        } else if (queued) {
            p.state = ServedPeriod::State::NotYetSent;
            s.notYetSent = s.notYetSent + p.hours;
        } else {
            p.state = ServedPeriod::State::Counted;
        }
        periods.append(p);
    }
    q.value().finish();

    // Check-ins closed without counting (no check-out within 16 hours, a clock moved across a
    // restart): nothing was sent, so the volunteer sees them here and asks staff to record them.
    auto stale = db.exec(QStringLiteral("SELECT c.at, c.assignment_id, a.title_zh, a.title_en, c.closed_by "
                                        "FROM volunteer_checks c LEFT JOIN assignments a ON a.id = c.assignment_id "
                                        "WHERE c.volunteer_id = ? AND c.direction = 'in' AND c.closed_by IN ('expired', 'clock')"),
                         {volunteer.id});
    if (!stale.ok())
        return stale.error();
    while (stale.value().next()) {
        QSqlQuery &r = stale.value();
        ServedPeriod p;
        p.from = SqlValues::toLocalTime(r.value(0));
        if (!r.value(1).toString().isEmpty())
            p.what = SqlValues::toText(r, 2);
        p.state = ServedPeriod::State::NotCounted;
        const bool late = r.value(4).toString() == u"expired";
        p.reason = late ? words(QT_TRANSLATE_NOOP("store::VolunteerHoursTally", "no check-out within 16 hours"))
                        : words(QT_TRANSLATE_NOOP("store::VolunteerHoursTally", "the kiosk's clock changed"));
        periods.append(p);
    }

    std::stable_sort(periods.begin(), periods.end(),
                     [](const ServedPeriod &a, const ServedPeriod &b) { return lastMoment(a) > lastMoment(b); });
    s.recent = periods.mid(0, kRecentPeriods);
    s.total = s.serverTotal + s.notYetSent;
    s.stars = core::StarLevel::starsFor(s.total);
    s.toNextStar = core::StarLevel::toNextStar(s.total);
    return s;
}

} // namespace store
