// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server::console {

/// @brief The console's options of `kiosk-server serve`.
struct ConsoleSettings
{
    QString assetsDir;             ///< --console-dir; default: the build's console folder or
                                   ///<   <prefix>/share/station-kiosk/console
    int idleMinutes = 30;          ///< --console-idle-minutes (tests use --console-idle-seconds N)
    int idleSeconds = 0;           ///< when > 0 overrides idleMinutes (tests)
    int sessionHours = 12;         ///< absolute lifetime
    int silentStationMinutes = 30; ///< --console-silent-minutes: station shown red after this
    bool secureCookie = true;      ///< --console-insecure-cookie for plain http not on localhost

    /// How long a session may stay unused, in seconds.
    [[nodiscard]] int idleLimitSeconds() const { return idleSeconds > 0 ? idleSeconds : idleMinutes * 60; }
};

} // namespace server::console
