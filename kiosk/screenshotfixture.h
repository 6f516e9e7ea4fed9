// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// @brief Sets the kiosk up as a page needs it to be rendered alone (PageCatalogue's fixture):
/// a demo visitor, a phone number half typed or whole, a request just saved, staff mode.
class ScreenshotFixture
{
public:
    /// `staffPin` unlocks staff mode for the staff page. Needs an open store for the fixtures
    /// that save a request.
    static void prepare(const QString &page, const QString &staffPin);
};
