// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolerole.h"

#include <QString>

namespace server::console {

/// @brief A person signed in to the console (a row of console_users, without its password hash).
struct ConsoleUser
{
    QString login;       ///< unique, [a-z0-9._-]{2,40}
    QString displayName; ///< shown in the header and in history/audit ("王芳")
    ConsoleRole role = ConsoleRole::Station;
    QString district;  ///< district and station roles
    QString stationId; ///< station role only
};

} // namespace server::console
