// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {

class Database;

/// @brief The demo's certificates, the same as the kiosk's demo store (core::DemoCertificates):
/// one holder per lifecycle state and the extra cases (expired, cancelled over a year ago,
/// issued recently), residents of the demo station. With the kiosk's cache key the feed sends
/// them under the keys the demo kiosk computes, so a demo visitor's report of loss finds its
/// certificate here. Dates count from the stations' today, as on the kiosk.
class DemoCertificateSeed
{
public:
    /// Call inside a transaction; false on a storage failure.
    static bool seed(Database &db, const QString &stationId);
};

} // namespace server
