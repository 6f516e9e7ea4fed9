// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/pagecatalogue.h"

/// @brief The volunteer registration pages as `kiosk --screenshot` and the tests show them: the
/// card of a demo person who is not a volunteer, and the registration's steps filled in up to
/// the page's (skills, times, phone, consent, saved).
class RegistrationFixture
{
public:
    /// Sets up `fixture` (VolunteerRegisterStart ... VolunteerRegistered).
    static void prepare(PageFixture fixture);
    /// The demo card the fixture places: a name, and an ID number with no volunteer behind it.
    static void placeDemoCard();
};
