// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief GET /console/api/stations/choices: the districts and stations within the user's
/// scope, for the page's filter menus.
class ConsoleStationChoices
{
public:
    [[nodiscard]] static QList<ConsoleRoute> routes();

private:
    static ApiResponse choices(const ConsoleCall &call);
};

} // namespace server::console
