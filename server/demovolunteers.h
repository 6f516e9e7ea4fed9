// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {

class Database;

/// @brief The demo's volunteers and today's assignments, the same as the kiosk's demo store
/// (kiosk/store/demodata.cpp): TJ-V-000101 to TJ-V-000105 with their names, skills and hours at
/// the demo station, and the assignments asg-1 to asg-5 of the kiosk's demo, each on a matched
/// demo help request, so the demo kiosk's check-ins are accepted instead of parked.
/// Re-running it renews the assignments for the new day and keeps the volunteers' hours.
class DemoVolunteers
{
public:
    /// Call inside a transaction; false on a storage failure.
    static bool seed(Database &db, const QString &stationId);
};

} // namespace server
