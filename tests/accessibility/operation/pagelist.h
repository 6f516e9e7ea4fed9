// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// @brief The pages `kiosk --page` accepts, as the command line itself lists them.
class PageList
{
public:
    /// Every page name, the attract screen and the time-out warning included.
    [[nodiscard]] static QStringList all();
    /// The pages a visitor operates (not the attract screen, not staff screens).
    [[nodiscard]] static QStringList visitorPages();
    [[nodiscard]] static bool isStaffPage(const QString &page);
};
