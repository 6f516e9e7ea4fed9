// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apiresponse.h"
#include "server/console/consolecall.h"

#include <QString>
#include <functional>

namespace server::console {

/// @brief One route of the console's JSON API.
struct ConsoleRoute
{
    QString method;  ///< "GET" | "POST"
    QString pattern; ///< "/console/api/queue/{id}/assign" ; at most one {id}
    std::function<ApiResponse(const ConsoleCall &)> handler;
    bool publicRoute = false; ///< only the sign-in routes
};

} // namespace server::console
