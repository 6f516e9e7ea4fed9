// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/assignment.h"
#include "kiosk/store/checkinrow.h"
#include "kiosk/store/checkoutby.h"
#include "kiosk/store/opencheckin.h"
#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/store/volunteercheck.h"
#include "kiosk/store/volunteerday.h"
#include "kiosk/store/volunteerhourssummary.h"
#include "kiosk/store/volunteerrecord.h"

#include <optional>

namespace store {

/// @brief Volunteers at the station: who they are, checking in and out, today's assignments,
/// their hours.
class VolunteerStore
{
public:
    explicit VolunteerStore(StoreContext &context);

    /// The volunteer with exactly this number (case and spaces ignored).
    Result<std::optional<VolunteerRecord>> volunteer(const QString &volunteerNumber) const;
    /// What a volunteer typed: a whole number ("TJ-V-000123", case, spaces and dashes ignored) or
    /// its trailing digits ("123"). Several numbers ending so: Invalid, in plain words.
    Result<std::optional<VolunteerRecord>> findVolunteer(const QString &typed) const;
    /// The volunteer this ID number belongs to, as far as this kiosk knows (volunteer_keys).
    Result<std::optional<VolunteerRecord>> volunteerOfIdNumber(QStringView idNumber) const;
    /// The volunteer, their assignments today at this station and their open check-in.
    Result<VolunteerDay> dayOf(const QString &volunteerNumber) const;

    /// Check in to `assignmentId`, or to station duty when it is empty.
    Result<VolunteerCheck> checkIn(const QString &volunteerNumber, const QString &assignmentId = {});
    Result<VolunteerCheck> checkOut(const QString &volunteerNumber, CheckOutBy by = CheckOutBy::Volunteer);
    /// Staff check out one open check-in of checkedInNow() by its id, counted as checkOut(number,
    /// Staff) counts. It works for a volunteer taken off the roster while checked in, whom the
    /// number no longer finds. A closed check-in: AlreadyDone; an unknown id: NotFound.
    Result<VolunteerCheck> checkOutCheckIn(const QString &checkInId);
    /// Every open check-in here (staff mode), earliest first.
    Result<QList<OpenCheckIn>> checkedInNow() const;
    Result<VolunteerHoursSummary> hoursOf(const QString &volunteerNumber) const;

    /// Assignments on `day` (today by default), in time order, with the volunteers' names.
    Result<QList<Assignment>> assignments(QDate day = {}) const;

private:
    /// The volunteer with this number, or a NotFound error in plain words.
    Result<VolunteerRecord> requireVolunteer(const QString &volunteerNumber) const;
    /// Closes the open check-in `in` of `v` with a check-out; call inside a write. A stale one
    /// is closed without a check-out and `told` set to what the volunteer (or staff, by `by`) hears.
    Result<VolunteerCheck> writeCheckOut(const VolunteerRecord &v, const CheckInRow &in, CheckOutBy by,
                                         std::optional<StoreError> &told);

    StoreContext &m_context;
};

} // namespace store
