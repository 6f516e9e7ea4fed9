// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolescope.h"
#include "server/console/queuefilter.h"
#include "server/console/queueitem.h"

#include <QHash>
#include <QList>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief Reads the work queue from the desks' tables, always within the user's scope:
/// help requests, home assessments, fee waivers and staff calls (records), certificate
/// applications (certificate_applications) and bookings not confirmed (bookings).
///
/// Open means still to be done: a request or staff call not done or cancelled, an application
/// submitted or accepted, a refused booking nobody has called back yet.
class QueueItemReader
{
public:
    QueueItemReader(Database &db, const ConsoleScope &scope) : m_db(db), m_scope(scope) {}

    /// The filter's page, urgent first, then newest first, and in `*total` how many items the
    /// whole list has; nullopt when storage failed. The database filters, marks urgency
    /// (QueueUrgency), sorts, counts and pages; only the page's rows are read in full.
    [[nodiscard]] std::optional<QList<QueueItem>> list(const QueueFilter &filter, qint64 nowMs, int *total);
    /// One item by id; `*failed` when storage failed. An item outside the scope is not found.
    [[nodiscard]] std::optional<QueueItem> find(const QString &id, qint64 nowMs, bool *failed);

private:
    struct Query
    {
        const QueueFilter *filter = nullptr; ///< null: any item (find)
        QString id;                          ///< find: only this id
    };
    /// One key row of the queue: which table holds it, and whether it is urgent.
    struct Key
    {
        QString source; ///< "record" | "application" | "booking"
        QString id;
        bool urgent = false;
    };
    /// SELECT source, id, urgent, created_at of every source the query wants, as one UNION ALL.
    QString keys(const Query &query, qint64 nowMs, QVariantList &values) const;
    std::optional<QList<Key>> readKeys(const Query &query, qint64 nowMs, const QString &page);
    /// The page's items in full, in the keys' order.
    std::optional<QList<QueueItem>> readItems(const QList<Key> &keys);
    bool readRecords(const QStringList &ids, QHash<QString, QueueItem> &out);
    bool readApplications(const QStringList &ids, QHash<QString, QueueItem> &out);
    bool readBookings(const QStringList &ids, QHash<QString, QueueItem> &out);
    /// " AND ..." conditions common to every source (scope, station, district, status, day, id)
    /// and their values, on the source's columns of the station, the status and the time.
    QString where(const Query &query, const QString &stationColumn, const QString &statusColumn,
                  const QString &timeColumn, QVariantList &values) const;
    [[nodiscard]] static bool wanted(const Query &query, QueueKind kind);

    Database &m_db;
    const ConsoleScope &m_scope;
};

} // namespace server::console
