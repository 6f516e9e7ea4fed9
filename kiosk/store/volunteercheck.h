// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"

#include <QDateTime>

namespace store {

/// @brief The result of a volunteer's check-in or check-out, to show and speak.
struct VolunteerCheck
{
    QString id;
    QString volunteerName;
    bool checkedIn = true; ///< false for a check-out
    QDateTime at;
    QDateTime checkedInAt;           ///< on check-out: when the service began
    core::VolunteerHours servedNow;  ///< on check-out: this visit's hours
    core::VolunteerHours servedTotal;
    int stars = 0;
    QString assignmentId;
};

} // namespace store
