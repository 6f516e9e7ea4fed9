// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/pagecatalogue.h"

#include <QDateTime>
#include <QString>

/// @brief The volunteers' pages as `kiosk --screenshot` and the tests show them: the demo
/// volunteer found by card, a number half typed, a check-out just counted, staff's list of who
/// is checked in.
///
/// A check-out counts the time between two readings of the kiosk's clocks, so the fixture
/// drives both of the store's clocks (wall and monotonic, on the screen's connection and the
/// writer's): it sets them to a moment of the demo volunteer's day and moves them on, and a
/// test can move the wall clock alone (a clock set wrong) or start a new boot (a restart).
class VolunteerFixture
{
public:
    static void prepare(PageFixture fixture, const QString &staffPin);

    /// Both clocks read `moment` now and run on from it (one boot).
    static void setClocks(const QDateTime &moment);
    /// Both clocks move on by `minutes`: time served.
    static void advance(int minutes);
    /// Only the wall clock moves (by `minutes`, backwards when negative): someone set it.
    static void moveWallClock(int minutes);
    /// The kiosk restarted: a new boot id, its monotonic count starting again.
    static void restart();
    /// The wall clock now, as the store reads it.
    [[nodiscard]] static QDateTime now();

    /// The demo volunteer's card on the reader (DemoData::volunteerIdNumber()).
    static void placeVolunteerCard();
    /// Today's moment `minutesAfter` the demo volunteer's first assignment here starts (9:00
    /// when they have none).
    [[nodiscard]] static QDateTime firstAssignmentStart(int minutesAfter = 0);
};
