// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief The console's volunteers: registrations pushed by the kiosks waiting for a decision,
/// station duty waiting for approval, the volunteers in scope, a volunteer's record and their
/// hours certificate as a PDF. Decisions go through RegistrationDesk and CheckInDesk, so the
/// stations hear of them in their change feed exactly as after the admin commands.
class VolunteersApi
{
public:
    static QList<ConsoleRoute> routes();

private:
    static ApiResponse pendingRegistrations(const ConsoleCall &call);
    static ApiResponse approveRegistration(const ConsoleCall &call);
    static ApiResponse rejectRegistration(const ConsoleCall &call);
    static ApiResponse pendingDuty(const ConsoleCall &call);
    static ApiResponse approveDuty(const ConsoleCall &call);
    static ApiResponse rejectDuty(const ConsoleCall &call);
    static ApiResponse list(const ConsoleCall &call);
    static ApiResponse details(const ConsoleCall &call);
    static ApiResponse certificate(const ConsoleCall &call);
};

} // namespace server::console
