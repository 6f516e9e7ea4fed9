// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {
class Database;
}

namespace server::console {

/// @brief A believable half year of service for the demo's plan figures: two more demo stations
/// in two districts (河西区, 南开区) beside the demo station, requests served ("done") month by
/// month, volunteers registered over the months and their counted station duty, so the console's
/// charts have months, districts, stations and kinds to show.
///
/// Nobody real is in it: visitors are made-up keys (no phone, no ID number), volunteers have
/// made-up names and no phone. Ids are fixed (UUIDv5 of station, month and number), so a re-run
/// in the same month adds nothing and a run a month later adds that month only. The requests are
/// kept out of the change feed (they are history, not work for a kiosk).
class PlanDemoHistory
{
public:
    /// The months of history before the current one.
    static constexpr int months = 6;

    /// Call inside a transaction, after the demo volunteers; false on a storage failure.
    static bool seed(Database &db, const QString &demoStationId);
    /// One line for the seed command's output.
    [[nodiscard]] static QString summary();
};

} // namespace server::console
