// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief The console's stations: every kiosk in the user's scope with its last contact (red
/// when silent longer than --console-silent-minutes), backlog and what it reported with its
/// last push; a new enrollment code and revocation, for district and city coordinators only.
///
/// A station outside the scope answers 404, as one that does not exist. Codes and revocations
/// are audited (entity "station"); the code itself is never written anywhere but the answer.
/// A revoked station gets a code only with {"liftRevocation": true} (409 conflict without):
/// a revocation is never lifted by the way.
class StationsApi
{
public:
    static QList<ConsoleRoute> routes();

    /// How long a code made here is valid unless the body asks for 1 to maxCodeDays days.
    static constexpr int defaultCodeDays = 7;
    static constexpr int maxCodeDays = 30;

private:
    static ApiResponse list(const ConsoleCall &call);
    static ApiResponse issueCode(const ConsoleCall &call);
    static ApiResponse revoke(const ConsoleCall &call);
    /// 403 for the station role, 404 outside the scope; nullopt when the call may go on.
    static std::optional<ApiResponse> refuseChange(const ConsoleCall &call);
};

} // namespace server::console
