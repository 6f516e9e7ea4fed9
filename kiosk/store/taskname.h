// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/translatabletext.h"

#include <QStringView>

namespace store {

/// @brief What a volunteer serves, in words: an assignment's title, or "Station duty" when there
/// is no assignment. The one place the kiosk makes those words (through the catalogues), for
/// the desk, staff's list and the hours page alike.
class TaskName
{
public:
    [[nodiscard]] static core::TranslatableText stationDuty();
    /// `title` in `language`; "Station duty" when it is empty (station duty has no title).
    [[nodiscard]] static QString in(const core::LocalizedText &title, QStringView language);
};

} // namespace store
