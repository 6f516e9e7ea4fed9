// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/change.h"
#include "core/wire/changespage.h"
#include "server/database.h"

#include <optional>

namespace server {

/// @brief The ordered feed of server-owned changes a station downloads (GET /v1/sync/changes).
///
/// Numbers come from a single-row counter updated in the writer's own transaction, so numbers
/// are handed out in commit order on PostgreSQL too and a cursor never passes a row that
/// commits later.
class ChangeFeed
{
public:
    /// The station id of rows every station receives (the catalogue).
    static inline const QString cityWide = QStringLiteral("*");

    explicit ChangeFeed(Database &db) : m_db(db) {}

    /// Appends a change for `stationId` (or cityWide); call inside a transaction.
    bool append(const QString &stationId, const core::wire::Change &change);
    /// Changes after `since` for the station (its own, its district's "@<district>" and the
    /// city-wide ones), oldest first.
    [[nodiscard]] std::optional<core::wire::ChangesPage> page(const QString &stationId, qint64 since, int limit);

private:
    Database &m_db;
};

} // namespace server
