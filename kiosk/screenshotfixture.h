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
    /// The demo visitor is the holder of this demo case (`kiosk --certificate-state KEY`: a
    /// state key, "expired", "cancelled_over_a_year" ..., or "none" for no certificate).
    static void setCertificateState(const QString &key);
    /// Keys setCertificateState() knows (core::DemoCertificates' cases and "none").
    [[nodiscard]] static bool isCertificateState(const QString &key);
};
