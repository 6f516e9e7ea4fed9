// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief The plan's figures on the console: GET /console/api/figures (JSON for the charts and
/// their tables) and GET /console/api/figures/export (one table as CSV, audited "exported").
/// Both count only the stations the user's scope allows.
class FiguresApi
{
public:
    static QList<ConsoleRoute> routes();

private:
    static ApiResponse figures(const ConsoleCall &call);
    static ApiResponse exportTable(const ConsoleCall &call);
};

} // namespace server::console
