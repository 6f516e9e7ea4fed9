// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief A coordinator's decision on station duty served here (change feed `duty_status`,
/// keyed by the check-in's id): approved hours count, refused ones do not.
struct DutyStatusChange
{
    QString checkInId;
    bool approved = false;
    core::VolunteerHours hours;
    QString reason;
    QDateTime changedAt;
};

} // namespace store
