// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apiresponse.h"
#include "server/console/consolecall.h"
#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief The work queue's JSON API (/console/api/queue...): help requests, certificate
/// applications, home assessments and fee waivers, bookings not confirmed and open staff calls,
/// within the user's scope (an id outside it answers 404, like one that does not exist).
///
/// Reading an item's details is audited "viewed", a list answer "viewed" queue (once, with its
/// filters), revealing a phone "revealed_phone"; suggestions and assignable volunteers are only
/// those VolunteerScope lets the user see; every
/// change goes through the item's desk with a history note and a "changed" audit row
/// (QueueActions). The list and the details carry the phone only masked.
class WorkQueueApi
{
public:
    [[nodiscard]] static QList<ConsoleRoute> routes();

private:
    static ApiResponse list(const ConsoleCall &call);
    static ApiResponse item(const ConsoleCall &call);
    static ApiResponse phone(const ConsoleCall &call);
    static ApiResponse suggestions(const ConsoleCall &call);
    static ApiResponse assign(const ConsoleCall &call);
    static ApiResponse setStatus(const ConsoleCall &call);
    static ApiResponse callBack(const ConsoleCall &call);
};

} // namespace server::console
