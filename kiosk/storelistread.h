// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"

#include <QString>

/// @brief Reading a list for a staff page from the station's store, the same way for each
/// (staff's unconfirmed bookings, who is checked in now): the outcome the page shows as
/// "ok", "unavailable" (the kiosk has no store) or "error" (the store could not be read; the
/// reason goes to staff mode's "Last problem", never onto the page).
class StoreListRead
{
public:
    /// Calls `read(const store::Store &)` (a store::Result of a list) and, when it is read,
    /// puts the list into `rows`. Returns the outcome's key.
    template <typename Rows, typename Read>
    [[nodiscard]] static QString into(Rows &rows, Read &&read)
    {
        const store::Store *st = StationStore::instance()->store();
        if (!st)
            return QStringLiteral("unavailable");
        auto found = read(*st);
        if (!found.ok()) {
            StationStore::instance()->noteError(found.error().message);
            return QStringLiteral("error");
        }
        rows = found.value();
        return QStringLiteral("ok");
    }
};
