// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

/// @brief `kiosk --check`'s "speech": eSpeak NG initialises and synthesises a short Mandarin
/// and English phrase into memory (no audio device needed), else FAIL: a kiosk that cannot
/// speak fails its blind visitors.
class SpeechCheck
{
public:
    [[nodiscard]] static CheckResult run();
};
