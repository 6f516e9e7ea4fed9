// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleuser.h"
#include "server/console/queueitem.h"

#include <QJsonArray>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief A queue item's history (console_notes): who set which status, assigned whom, called
/// the visitor back, with their note. The notes are the coordinators' own words.
class QueueHistory
{
public:
    explicit QueueHistory(Database &db) : m_db(db) {}

    /// action: "status" | "assigned" | "called_back" | "note"; call inside the change's transaction.
    bool add(const QueueItem &item, const ConsoleUser &who, const QString &action, const QString &status,
             const QString &note);
    /// [{at, by (display name), action, status, note}], oldest first; nullopt when storage failed.
    [[nodiscard]] std::optional<QJsonArray> of(const QueueItem &item);

private:
    Database &m_db;
};

} // namespace server::console
