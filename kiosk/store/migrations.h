// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/result.h"

#include <QStringList>

namespace store {

class Database;

/// @brief The store's schema as numbered steps. Step n turns a version n-1 file into version
/// n; each runs in its own transaction together with `PRAGMA user_version = n`, so a crash
/// leaves the file at a whole version.
///
/// Never edit a released step: add a new one.
class Migrations
{
public:
    [[nodiscard]] static int latest();
    /// The SQL statements of step `version` (1-based).
    [[nodiscard]] static QStringList step(int version);
    /// Applies the missing steps up to `target` (for tests: any earlier version). Returns the
    /// version reached.
    static Result<int> apply(Database &db, int target);
};

} // namespace store
