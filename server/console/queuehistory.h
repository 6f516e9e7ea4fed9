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
///
/// Besides, what the desks keep of changes made outside the console, by "server" (an admin
/// command, the server's own move) or "kiosk" (a visitor's cancellation): a help request's
/// assignments and their withdrawals (assignments), and the item's latest status change
/// (status_changed_at, a booking's changed_at). Earlier status changes outside the console are
/// not kept by the database.
class QueueHistory
{
public:
    explicit QueueHistory(Database &db) : m_db(db) {}

    /// action: "status" | "assigned" | "called_back" | "note"; call inside the change's transaction.
    bool add(const QueueItem &item, const ConsoleUser &who, const QString &action, const QString &status,
             const QString &note);
    /// [{at, by (display name, or "server" / "kiosk"), action, status, note}], oldest first;
    /// nullopt when storage failed. Kept changes add actions "assigned", "withdrawn" (note
    /// "volunteer V1") and "status".
    [[nodiscard]] std::optional<QJsonArray> of(const QueueItem &item);

private:
    /// A console note and a desk's own time this close are one change.
    static constexpr qint64 sameMomentMs = 2000;
    struct Entry
    {
        qint64 at = 0;
        QString by, action, status, note;
        bool console = false;
    };
    /// The changes the desks kept that no console note tells already.
    bool addKept(const QueueItem &item, QList<Entry> &entries);

    Database &m_db;
};

} // namespace server::console
