// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into tests that read the kiosk's words in Mandarin (kiosk_add_test(... CATALOGUES)):
// the real compiled catalogues resolve core::TranslatableText, as in the kiosk. Tests without
// it see what the server sees, the English source.
#include "translations/catalogues.h"

#include <QCoreApplication>

namespace {

void useCatalogues()
{
    Catalogues::install();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(useCatalogues)
