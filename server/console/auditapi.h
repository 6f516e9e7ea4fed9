// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief The audit log on the console: GET /console/api/audit, who looked at or changed which
/// personal record and when, newest first, filtered by login, entity, action and days, paged.
/// A city user sees every row, a district user its stations' rows and its own people's, a station
/// user its own station's.
class AuditApi
{
public:
    static QList<ConsoleRoute> routes();

    static constexpr int defaultLimit = 200;
    static constexpr int maxLimit = 500;

private:
    static ApiResponse list(const ConsoleCall &call);
};

} // namespace server::console
