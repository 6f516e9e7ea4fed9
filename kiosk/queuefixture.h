// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/pagecatalogue.h"

#include <QDateTime>
#include <QString>

namespace store {
struct ServiceOffer;
}

/// @brief The queue pages as `kiosk --screenshot` and the tests show them: a station clock set
/// to a moment the walk-in services are open, a few demo tickets taken and called, bookings
/// staff have to look at.
///
/// Screenshots are rendered at any hour; the store gives numbers only while a service is open,
/// so the fixture moves the station's clock (both store connections: the screen's and the
/// writer's) rather than depending on when it runs.
class QueueFixture
{
public:
    /// Sets up `fixture` (QueueTicket, QueueWaiting, QueueCalled, UnconfirmedBookings).
    static void prepare(PageFixture fixture, const QString &staffPin);

    /// Both store connections' clock reads `moment` now and runs on from it.
    static void setStationClock(const QDateTime &moment);
    /// Moves the station clock on by `minutes`.
    static void advanceStationClock(int minutes);
    /// The first moment, from `from` on (within two weeks), when `service` is open by its weekly
    /// hours, 20 minutes after a period starts; invalid when it never is.
    [[nodiscard]] static QDateTime openMoment(const store::ServiceOffer &service, const QDateTime &from);
};
