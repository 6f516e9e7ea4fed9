// SPDX-License-Identifier: GPL-3.0-or-later
// Gathers the console's routes: the session's, and each area's once its header is in the tree,
// so an area joins the API by adding its files.
#include "server/console/consolerouter.h"
#include "server/console/consolestationchoices.h"

#if __has_include("server/console/workqueueapi.h")
#include "server/console/workqueueapi.h"
#define KIOSK_CONSOLE_HAS_QUEUE 1
#endif
#if __has_include("server/console/volunteersapi.h")
#include "server/console/volunteersapi.h"
#define KIOSK_CONSOLE_HAS_VOLUNTEERS 1
#endif
#if __has_include("server/console/servicesapi.h")
#include "server/console/servicesapi.h"
#define KIOSK_CONSOLE_HAS_SERVICES 1
#endif
#if __has_include("server/console/stationsapi.h")
#include "server/console/stationsapi.h"
#define KIOSK_CONSOLE_HAS_STATIONS 1
#endif
#if __has_include("server/console/figuresapi.h")
#include "server/console/figuresapi.h"
#define KIOSK_CONSOLE_HAS_FIGURES 1
#endif
#if __has_include("server/console/auditapi.h")
#include "server/console/auditapi.h"
#define KIOSK_CONSOLE_HAS_AUDIT 1
#endif

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
#ifdef KIOSK_CONSOLE_HAS_QUEUE
    all += WorkQueueApi::routes();
#endif
#ifdef KIOSK_CONSOLE_HAS_VOLUNTEERS
    all += VolunteersApi::routes();
#endif
#ifdef KIOSK_CONSOLE_HAS_SERVICES
    all += ServicesApi::routes();
#endif
#ifdef KIOSK_CONSOLE_HAS_STATIONS
    all += StationsApi::routes();
#endif
#ifdef KIOSK_CONSOLE_HAS_FIGURES
    all += FiguresApi::routes();
#endif
#ifdef KIOSK_CONSOLE_HAS_AUDIT
    all += AuditApi::routes();
#endif
    return all;
}

} // namespace server::console
