// SPDX-License-Identifier: GPL-3.0-or-later
// Gathers the console's routes: the session's and each area's. server/console/openapi.yaml
// documents exactly these (tst_consoleopenapi).
#include "server/console/consolerouter.h"
#include "server/console/consolestationchoices.h"

#include "server/console/auditapi.h"
#include "server/console/figuresapi.h"
#include "server/console/servicesapi.h"
#include "server/console/stationsapi.h"
#include "server/console/volunteersapi.h"
#include "server/console/workqueueapi.h"

namespace server::console {

namespace {

// The session's routes are answered by ConsoleRouter itself (they make and end sessions);
// their handlers here are never called.
ApiResponse answeredByRouter(const ConsoleCall &)
{
    return ApiResponse::error(500, QStringLiteral("internal_error"), QStringLiteral("route not wired"));
}

} // namespace

QList<ConsoleRoute> ConsoleRouter::routes()
{
    QList<ConsoleRoute> all{
        {QStringLiteral("POST"), QStringLiteral("/console/api/session"), &answeredByRouter, true},
        {QStringLiteral("GET"), QStringLiteral("/console/api/session"), &answeredByRouter},
        {QStringLiteral("POST"), QStringLiteral("/console/api/session/end"), &answeredByRouter},
    };
    all += ConsoleStationChoices::routes();
    all += WorkQueueApi::routes();
    all += VolunteersApi::routes();
    all += ServicesApi::routes();
    all += StationsApi::routes();
    all += FiguresApi::routes();
    all += AuditApi::routes();
    return all;
}

} // namespace server::console
