// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {

class Database;

/// @brief The demo's volunteers, the same as the kiosk's demo store (kiosk/store/demodata.cpp):
/// TJ-V-000101 to TJ-V-000105 with their names, given names, skills and hours, at the demo
/// station, so the demo kiosk's check-ins name volunteers the server knows. Re-running it keeps
/// the hours served since.
///
/// Today's assignments of the kiosk demo are DemoAssignments, seeded after these.
class DemoVolunteers
{
public:
    /// Call inside a transaction; false on a storage failure.
    static bool seed(Database &db, const QString &stationId);
};

} // namespace server
