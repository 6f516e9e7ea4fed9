// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace server {

class Database;

/// @brief The demo's station services: every category of the city plan with real-sounding
/// plain-words texts in both languages, the bookable ones with times for the next 14 days, the
/// walk-in ones with their queue letters, and one day closed (a holiday). Re-running it keeps
/// the times there and their taken places.
class DemoServices
{
public:
    /// Call inside a transaction; false on a storage failure. `closedDay` gets the closed day.
    static bool seed(Database &db, const QString &stationId, QDate *closedDay);
};

} // namespace server
