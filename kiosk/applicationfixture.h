// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/pagecatalogue.h"

#include <QString>

/// @brief The certificate procedure pages as `kiosk --screenshot` and the tests show them: a
/// demo holder the procedure is offered to, the procedure of the page's name started, its
/// choice made, a phone number half typed or whole, the application saved.
class ApplicationFixture
{
public:
    /// Sets up `fixture` (ApplicationStart ... ApplicationSent) for `page` ("cert-transfer",
    /// "cert-cancel-review"; the district, phone and sent pages show a transfer, a report of
    /// loss and a report of loss).
    static void prepare(PageFixture fixture, const QString &page);
    /// The procedure key a page name shows ("cert-cancel-review" → "cancel").
    [[nodiscard]] static QString procedureOf(const QString &page);
    /// The demo choice the fixture makes for a procedure ("replace" → "lost").
    [[nodiscard]] static QString demoChoice(const QString &procedure);
};
