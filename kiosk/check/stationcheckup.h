// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

#include <QList>

#include <cstdio>

class KioskConfig;

/// @brief `kiosk --check`: config, store, credential, reader, speech, audio and server, in that
/// order, one line each as it finishes (a technician sees progress while the server is asked).
class StationCheckup
{
public:
    /// Runs every check, prints each line to `out`, and returns the process's exit status:
    /// 0 when no check failed, 1 otherwise (warnings do not fail).
    static int run(const QString &configPath, const KioskConfig &config, std::FILE *out = stdout);
    /// The checks' results without printing (for tests).
    [[nodiscard]] static QList<CheckResult> results(const QString &configPath, const KioskConfig &config,
                                                    std::FILE *out = nullptr);
};
