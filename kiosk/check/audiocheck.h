// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

/// @brief `kiosk --check`'s "audio": a PulseAudio (or PipeWire's pulse) server answers the
/// kiosk's user, as the headphone jack watcher reaches it; else warn: the kiosk still runs,
/// silent, and its screens work.
class AudioCheck
{
public:
    /// Waits at most `timeoutMs` for the server; needs a running Qt event loop's thread.
    [[nodiscard]] static CheckResult run(int timeoutMs = 3000);
};
