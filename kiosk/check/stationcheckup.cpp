// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/stationcheckup.h"

#include "kiosk/check/audiocheck.h"
#include "kiosk/check/configcheck.h"
#include "kiosk/check/credentialcheck.h"
#include "kiosk/check/readercheck.h"
#include "kiosk/check/servercheck.h"
#include "kiosk/check/speechcheck.h"
#include "kiosk/check/storecheck.h"

#include <functional>

QList<CheckResult> StationCheckup::results(const QString &configPath, const KioskConfig &config, std::FILE *out)
{
    const std::function<CheckResult()> checks[] = {
        [&] { return ConfigCheck::run(configPath, config); },
        [&] { return StoreCheck::run(config); },
        [&] { return CredentialCheck::run(config); },
        [&] { return ReaderCheck::run(config); },
        [] { return SpeechCheck::run(); },
        [] { return AudioCheck::run(); },
        [&] { return ServerCheck::run(config); },
    };
    QList<CheckResult> results;
    for (const auto &check : checks) {
        results << check();
        if (out) {
            std::fprintf(out, "%s\n", results.constLast().line().toUtf8().constData());
            std::fflush(out);
        }
    }
    return results;
}

int StationCheckup::run(const QString &configPath, const KioskConfig &config, std::FILE *out)
{
    const QList<CheckResult> all = results(configPath, config, out);
    for (const CheckResult &result : all) {
        if (result.level == CheckResult::Level::Fail)
            return 1;
    }
    return 0;
}
