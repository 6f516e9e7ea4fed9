// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/volunteerregistration.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief A coordinator's decision on a registration made here (change feed `registration_status`).
struct RegistrationStatusChange
{
    QString registrationId;
    RegistrationState state = RegistrationState::Pending;
    QString volunteerNumber; ///< when approved
    QString reason;          ///< when refused
    QDateTime changedAt;
};

} // namespace store
