// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/place.h"
#include "kiosk/store/result.h"

#include <QDateTime>
#include <QList>

namespace store {

class Store;

/// @brief The demo station's list of places, and one demo person's help requests in every stage
/// "My requests" shows: waiting to send, received, volunteer found, done (to rate), done and
/// rated, cancelled.
class DemoHelpRequests
{
public:
    [[nodiscard]] static QList<Place> places();
    /// Writes the requests of the person with `idNumber`; the places must be in the store.
    static Result<void> install(Store &store, const QString &idNumber);
};

} // namespace store
