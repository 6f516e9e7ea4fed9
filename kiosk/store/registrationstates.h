// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/volunteerregistration.h"

#include <QString>

namespace store {

/// @brief How a RegistrationState is written in volunteer_registrations.state and on the wire.
class RegistrationStates
{
public:
    [[nodiscard]] static QString key(RegistrationState state);
    /// Pending for anything unknown: a registration is pending until a coordinator decides.
    [[nodiscard]] static RegistrationState fromKey(const QString &key);
};

} // namespace store
