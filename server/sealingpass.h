// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {

class Database;
class Sealer;

/// @brief Brings every sealed column under the connection's key (Database::sealer()): plain
/// rows left by a server before migration 9 are sealed and indexed, and rows sealed with
/// `previous` (a rotation) are opened and sealed again, blind indexes recomputed. One
/// transaction: either every row is under the new key or none changed.
///
/// Run by Database::migrate whenever a key is present (a no-op once everything is sealed with
/// it), so two servers starting together on one PostgreSQL do it once (advisory lock). A row
/// sealed with a key it was not given is an error: a server started with the wrong key file
/// refuses to start instead of sealing new rows with a second key.
class SealingPass
{
public:
    struct Counts
    {
        int cacheKeys = 0;
        int idNumbers = 0;
        int stationKeys = 0; ///< certificate_keys rows carried over from the plain table
    };

    /// `previous` may be null (no rotation). False and `error` when a row cannot be opened.
    static bool run(Database &db, const Sealer *previous, QString *error, Counts *counts = nullptr);
};

} // namespace server
