// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/pagecatalogue.h"

#include <QString>

/// @brief Staff mode as `kiosk --screenshot` and the tests show it: unlocked, with one
/// visitor's call waiting (Staff) or two, one of them acknowledged (StaffCalls).
class StaffCallFixture
{
public:
    static void prepare(PageFixture fixture, const QString &staffPin);
};
