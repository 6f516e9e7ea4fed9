// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

class KioskConfig;

/// @brief `kiosk --check`'s "server": GET <[server] url>/v1/health answers 200 within the
/// time-out (ok, with the round trip), else FAIL with the reason. No server configured: warn
/// (the kiosk keeps every request in its outbox).
class ServerCheck
{
public:
    [[nodiscard]] static CheckResult run(const KioskConfig &config, int timeoutMs = 5000);
};
