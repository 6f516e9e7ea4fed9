// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/database.h"
#include "kiosk/store/result.h"
#include "kiosk/store/volunteerhourssummary.h"

namespace store {

/// @brief A volunteer's hours as this kiosk can tell them: the server's total (the roster row)
/// plus this kiosk's check-outs of assignments the server has not received yet; station duty
/// waits for a coordinator and is counted by the server once approved.
class VolunteerHoursTally
{
public:
    static Result<VolunteerHoursSummary> of(const Database &db, const VolunteerRecord &volunteer);
};

} // namespace store
