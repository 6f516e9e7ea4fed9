// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/assignment.h"
#include "kiosk/store/opencheckin.h"
#include "kiosk/store/volunteerrecord.h"

#include <QList>

#include <optional>

namespace store {

/// @brief A volunteer's day at this station, for the volunteers' desk.
struct VolunteerDay
{
    VolunteerRecord volunteer;
    QList<Assignment> assignments; ///< today, this station, this volunteer, in time order
    std::optional<OpenCheckIn> openCheckIn;
};

} // namespace store
