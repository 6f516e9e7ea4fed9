// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

class KioskConfig;

/// @brief `kiosk --check`'s "credential": enrolled, or not yet but with an enrollment code to
/// enroll with (both ok); neither, a damaged file, or a file not mode 0600: FAIL. Says the
/// file and its state, never its contents.
class CredentialCheck
{
public:
    [[nodiscard]] static CheckResult run(const KioskConfig &config);
    /// [server] credential_path, else the kiosk's configuration folder's station.credential.
    [[nodiscard]] static QString credentialPath(const KioskConfig &config);
};
