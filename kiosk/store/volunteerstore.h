// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/assignment.h"
#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/store/volunteercheck.h"
#include "kiosk/store/volunteerrecord.h"

#include <optional>

namespace store {

/// @brief Volunteers at the station: who they are, checking in and out, today's assignments.
class VolunteerStore
{
public:
    explicit VolunteerStore(StoreContext &context);

    Result<std::optional<VolunteerRecord>> volunteer(const QString &volunteerNumber) const;
    Result<VolunteerCheck> checkIn(const QString &volunteerNumber);
    Result<VolunteerCheck> checkOut(const QString &volunteerNumber);
    /// Assignments on `day` (today by default), in time order, with the volunteers' names.
    Result<QList<Assignment>> assignments(QDate day = {}) const;

private:
    /// The volunteer with this number, or a NotFound error in plain words.
    Result<VolunteerRecord> requireVolunteer(const QString &volunteerNumber) const;

    StoreContext &m_context;
};

} // namespace store
