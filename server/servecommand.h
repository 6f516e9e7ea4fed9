// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace server {

/// @brief `kiosk-server --listen HOST:PORT --db URL [limits]`: migrates, then serves until killed.
class ServeCommand
{
public:
    /// Runs the event loop; returns the process exit status.
    static int run(const QStringList &arguments);
};

} // namespace server
