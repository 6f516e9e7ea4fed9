// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {

class Database;

/// @brief Today's assignments of the kiosk's demo store (kiosk/store/demodata.cpp), asg-1 to
/// asg-5, each on a demo help request matched to its demo volunteer at the demo station, so the
/// demo kiosk's check-ins to them are accepted instead of parked ("no such assignment").
///
/// The requests are real records of the demo station (on its coordinator's list and in its
/// statistics as five assigned volunteer requests) that name no visitor: no visitor key, no
/// phone. They are kept out of the change feed: the demo kiosk has the assignments already, with
/// its own titles and times. Re-running the seed moves them to the new day; the request ids are
/// fixed (UUIDv5 of the assignment id), so a re-run finds them.
class DemoAssignments
{
public:
    /// Call inside a transaction, after the demo volunteers; false on a storage failure.
    static bool seed(Database &db, const QString &stationId);
    /// The demo request behind an assignment ("asg-1" → its fixed UUID).
    [[nodiscard]] static QString requestIdOf(const QString &assignmentId);
};

} // namespace server
