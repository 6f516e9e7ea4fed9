// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

class KioskConfig;

/// @brief `kiosk --check`'s "config": the INI is there and readable (else FAIL); each value it
/// cannot use is a warn (the kiosk runs on the default, KioskConfig's problems).
class ConfigCheck
{
public:
    [[nodiscard]] static CheckResult run(const QString &path, const KioskConfig &config);
};
