// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleuser.h"

#include <QString>

namespace server {
class Database;
}

namespace server::console {

/// @brief Who looked at or changed which personal record, when (table console_audit).
class ConsoleAudit
{
public:
    explicit ConsoleAudit(Database &db);

    /// action: "viewed" | "changed" | "revealed_phone" | "exported" | "signed_in" | "signed_out"
    ///         | "sign_in_refused" | "printed"
    /// entity: "help_request" | "application" | "assessment" | "booking" | "staff_call"
    ///         | "volunteer" | "registration" | "station" | "service" | "figures" | "session"
    /// detail: plain words, NEVER a phone, ID number or name ("status accepted -> done",
    ///         "volunteer TJ-V-000012"). False when the row could not be written.
    bool record(const ConsoleUser &who, const QString &action, const QString &entity, const QString &entityId,
                const QString &stationId, const QString &detail = {});

private:
    Database &m_db;
};

} // namespace server::console
