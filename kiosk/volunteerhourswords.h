// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"

#include <QString>
#include <QStringView>

/// @brief Volunteer hours as the screen writes them and as the voice says them.
///
/// The screen keeps "2.5 小时" / "2.5 hours"; the Mandarin voice says "2.5" as "二五" (it drops
/// the point), so the spoken text says "两个半小时" instead, and "两小时" for 2.
class VolunteerHoursWords
{
public:
    /// "2.5 小时" / "2.5 hours" / "1 hour", a no-break space (U+00A0) before the unit.
    [[nodiscard]] static QString shown(core::VolunteerHours hours, QStringView language);
    /// "两个半小时" / "2.5 hours": what the voice says right.
    [[nodiscard]] static QString spoken(core::VolunteerHours hours, QStringView language);
};
