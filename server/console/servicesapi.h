// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleroute.h"

#include <QList>

namespace server::console {

/// @brief The console's station services and bookable times: the city-wide catalogue (texts in
/// both languages, opening pattern, capacity; edited by city and district coordinators only,
/// through Catalogue, so every kiosk gets the new `service` row), closing a station's day
/// (SlotBoard::closeDay: the day is kept, the kiosks get its slots closed, the answer names the
/// bookings to call), the closed days ahead and their reopening, and today's times with their bookings.
class ServicesApi
{
public:
    static QList<ConsoleRoute> routes();

private:
    static ApiResponse list(const ConsoleCall &call);
    static ApiResponse one(const ConsoleCall &call);
    static ApiResponse edit(const ConsoleCall &call);
    static ApiResponse closeDay(const ConsoleCall &call);
    static ApiResponse closedDays(const ConsoleCall &call);
    static ApiResponse reopenDay(const ConsoleCall &call);
    static ApiResponse today(const ConsoleCall &call);
};

} // namespace server::console
