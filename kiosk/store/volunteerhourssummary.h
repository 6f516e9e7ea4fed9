// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"
#include "kiosk/store/servedperiod.h"
#include "kiosk/store/volunteerrecord.h"

#include <QList>

#include <optional>

namespace store {

/// @brief A volunteer's hours as the kiosk can tell them: the server's total plus this kiosk's
/// check-outs not yet delivered; station duty counts once a coordinator approves it.
struct VolunteerHoursSummary
{
    VolunteerRecord volunteer;
    core::VolunteerHours serverTotal;
    core::VolunteerHours notYetSent;         ///< in `total`
    core::VolunteerHours waitingForApproval; ///< not in `total`
    core::VolunteerHours total;              ///< serverTotal + notYetSent
    int stars = 0;
    std::optional<core::VolunteerHours> toNextStar;
    QList<ServedPeriod> recent; ///< this station, newest first, at most 10
};

} // namespace store
