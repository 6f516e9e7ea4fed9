// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/coordinatordecisions.h"

#include "kiosk/store/registrationreason.h"
#include "kiosk/store/registrationstates.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

Result<void> CoordinatorDecisions::apply(const Database &db, const ChangeSet &c)
{
    for (const RegistrationStatusChange &s : c.registrationStatuses) {
        const bool approved = s.state == RegistrationState::Approved && !s.volunteerNumber.trimmed().isEmpty();
        const QString number = approved ? s.volunteerNumber.trimmed().toUpper() : QString();
        auto q = db.exec(QStringLiteral("UPDATE volunteer_registrations SET state = ?, volunteer_number = ?, reason = ?, "
                                        "changed_at = ? WHERE id = ?"),
                         {RegistrationStates::key(s.state), SqlValues::orNull(number),
                          RegistrationReason::coordinator(s.reason),
                          SqlValues::utc(s.changedAt.isValid() ? s.changedAt : QDateTime::currentDateTimeUtc()),
                          s.registrationId});
        if (!q.ok())
            return q.error();
        if (!approved)
            continue;
        // The registration's keyed hash is now this volunteer's card, here.
        auto learnt = db.exec(QStringLiteral("INSERT INTO volunteer_keys(visitor_key, volunteer_number) "
                                             "SELECT visitor_key, ? FROM volunteer_registrations WHERE id = ? "
                                             "ON CONFLICT(visitor_key) DO UPDATE SET volunteer_number = excluded.volunteer_number"),
                              {number, s.registrationId});
        if (!learnt.ok())
            return learnt.error();
    }
    for (const DutyStatusChange &s : c.dutyStatuses) {
        // Keyed by the check-in: its row and the check-out that closed it both carry the
        // decision; the check-out's hours become the coordinator's.
        auto q = db.exec(QStringLiteral("UPDATE volunteer_checks SET duty_state = ?, duty_reason = ? "
                                        "WHERE id = ? OR check_in_id = ?"),
                         {s.approved ? QStringLiteral("approved") : QStringLiteral("refused"), s.reason, s.checkInId,
                          s.checkInId});
        if (!q.ok())
            return q.error();
        if (!s.approved)
            continue;
        auto hours = db.exec(QStringLiteral("UPDATE volunteer_checks SET served_half_hours = ? "
                                            "WHERE check_in_id = ? AND direction = 'out'"),
                             {s.hours.halfHours(), s.checkInId});
        if (!hours.ok())
            return hours.error();
    }
    return {};
}

} // namespace store
