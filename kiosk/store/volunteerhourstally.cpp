// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/volunteerhourstally.h"

#include "core/starlevel.h"
#include "kiosk/store/sqlvalues.h"

#include <QSqlQuery>

namespace store {

namespace {

constexpr int kRecentPeriods = 10;

const core::LocalizedText kStationDuty{QStringLiteral("站内值班"), QStringLiteral("Station duty")};

} // namespace

Result<VolunteerHoursSummary> VolunteerHoursTally::of(const Database &db, const VolunteerRecord &volunteer)
{
    VolunteerHoursSummary s;
    s.volunteer = volunteer;
    s.serverTotal = volunteer.served;

    // Every check-out made here, newest first: an out row with its check-in, the assignment's
    // title, whether its outbox entry is still waiting (or was refused: parked).
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
        p.what = stationDuty ? kStationDuty : SqlValues::toText(row, 4);
        if (p.what.zh.isEmpty() && p.what.en.isEmpty())
            p.what = kStationDuty;
        const QString duty = row.value(6).toString();
        const bool queued = row.value(8).toBool();
        const QString parked = row.value(9).toString();
        if (!parked.isEmpty()) {
            p.state = ServedPeriod::State::Refused;
            p.reason = parked;
        } else if (stationDuty && duty == u"refused") {
            p.state = ServedPeriod::State::Refused;
            p.reason = row.value(7).toString();
        } else if (stationDuty && duty != u"approved") {
            p.state = ServedPeriod::State::WaitingForApproval;
            s.waitingForApproval = s.waitingForApproval + p.hours;
        } else if (queued) {
            p.state = ServedPeriod::State::NotYetSent;
            s.notYetSent = s.notYetSent + p.hours;
        } else {
            p.state = ServedPeriod::State::Counted;
        }
        if (s.recent.size() < kRecentPeriods)
            s.recent.append(p);
    }
    s.total = s.serverTotal + s.notYetSent;
    s.stars = core::StarLevel::starsFor(s.total);
    s.toNextStar = core::StarLevel::toNextStar(s.total);
    return s;
}

} // namespace store
