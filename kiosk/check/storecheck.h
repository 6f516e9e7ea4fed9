// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

class KioskConfig;

/// @brief `kiosk --check`'s "store": the store file's schema version and the items waiting in
/// its outbox, without ever creating, migrating or deleting it (migrating is the kiosk's job
/// at start; a missing file is made then). A file from a newer kiosk is FAIL with the store's
/// own TooNew words, and stays exactly as it was.
class StoreCheck
{
public:
    [[nodiscard]] static CheckResult run(const KioskConfig &config);
    /// The store file the kiosk opens: [store] path, else its data folder's kiosk.db.
    [[nodiscard]] static QString storePath(const KioskConfig &config);
};
