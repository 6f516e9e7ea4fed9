// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"

#include <QDateTime>

#include <optional>

namespace store {

/// @brief The result of a volunteer's check-in or check-out, to show and speak.
struct VolunteerCheck
{
    QString id;
    QString volunteerName;
    QString givenName;       ///< for the greeting (on screen; spoken only privately)
    QString volunteerNumber;
    bool checkedIn = true; ///< false for a check-out
    QDateTime at;
    QDateTime checkedInAt;           ///< on check-out: when the service began
    core::VolunteerHours servedNow;  ///< on check-out: this visit's hours (station duty: until approved, not in servedTotal)
    core::VolunteerHours servedTotal; ///< the server's total + this kiosk's check-outs not yet delivered
    core::VolunteerHours notYetSent;  ///< the part of servedTotal not yet delivered
    int stars = 0;
    std::optional<core::VolunteerHours> toNextStar; ///< none at 5 stars
    QString assignmentId; ///< empty for station duty
    bool stationDuty = false;   ///< counts once a coordinator approves it
    bool overMidnight = false;  ///< on check-out: checked in on an earlier day
    bool countedByTimer = false; ///< on check-out: counted by the monotonic clock, the wall clock disagreed
    bool byStaff = false;       ///< on check-out: staff checked the volunteer out
};

} // namespace store
