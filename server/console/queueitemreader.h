// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolescope.h"
#include "server/console/queuefilter.h"
#include "server/console/queueitem.h"

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

    /// Every item the filter asks for (its page not applied), urgent first, then newest first;
    /// nullopt when storage failed.
    [[nodiscard]] std::optional<QList<QueueItem>> list(const QueueFilter &filter, qint64 nowMs);
    /// One item by id; `*failed` when storage failed. An item outside the scope is not found.
    [[nodiscard]] std::optional<QueueItem> find(const QString &id, qint64 nowMs, bool *failed);

private:
    struct Query
    {
        const QueueFilter *filter = nullptr; ///< null: any item (find)
        QString id;                          ///< find: only this id
    };
    bool readRecords(const Query &query, QList<QueueItem> &out);
    bool readApplications(const Query &query, QList<QueueItem> &out);
    bool readBookings(const Query &query, QList<QueueItem> &out);
    /// " AND ..." conditions common to every source (scope, station, district, status, day, id)
    /// and their values, on the source's columns of the station, the status and the time.
    QString where(const Query &query, const QString &stationColumn, const QString &statusColumn,
                  const QString &timeColumn, QVariantList &values) const;
    [[nodiscard]] static bool wanted(const Query &query, QueueKind kind);
    [[nodiscard]] static bool passes(const Query &query, const QueueItem &item);

    Database &m_db;
    const ConsoleScope &m_scope;
};

} // namespace server::console
