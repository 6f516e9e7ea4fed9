// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>

namespace kiosksync {

/// @brief Why the last sync round failed, as a short code ("unreachable:push",
/// "server_problem:pull:503") that the sync thread keeps in the store and staff mode turns into
/// words in the language on screen. A code, not a sentence: the file and the report outlive a
/// language change, and the server's or Qt's own English never reaches a Chinese screen (those
/// details go to the log).
class SyncProblem
{
public:
    /// What the round was doing when it failed: "enroll", "push" or "pull".
    [[nodiscard]] static QString code(const char *kind, const char *what = nullptr, int status = 0);
    /// The words for a code; a code this kiosk does not know (a file from an older version, which
    /// kept English sentences) gives a general sentence that points to the log. Empty for "".
    [[nodiscard]] static core::TranslatableText words(const QString &code);
};

} // namespace kiosksync
