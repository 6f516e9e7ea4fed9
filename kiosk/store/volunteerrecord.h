// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"

#include <QStringList>

namespace store {

/// @brief A volunteer on the district's roster, as the server's change feed sends it; `served`
/// is the server's count (VolunteerStore::hoursOf adds what this kiosk has not delivered yet).
struct VolunteerRecord
{
    QString id;     ///< = number
    QString number; ///< volunteer number, e.g. TJ-V-000123
    QString name;
    core::VolunteerHours served;
    QStringList skills; ///< core::VolunteerSkills keys
    QString givenName;  ///< for greetings: 芳 of 王芳 (last, so brace-initialised rows keep their order)
};

} // namespace store
