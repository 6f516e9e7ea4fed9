// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QList>
#include <QString>

namespace server {

/// @brief Every online certificate lookup a station made: when, the ID number masked (never
/// whole), the outcome, and whether the certificate belongs to another district than the
/// station's. The centre reads it with `kiosk-server admin lookup-audit`.
class LookupAudit
{
public:
    struct Entry
    {
        qint64 at = 0; ///< ms since epoch, server time
        QString stationId;
        QString idNumberMasked;
        QString outcome; ///< "found", "not_found" or "rate_limited"
        bool otherDistrict = false;
    };

    explicit LookupAudit(Database &db) : m_db(db) {}

    bool record(const Entry &entry);
    /// Newest first; all stations when `stationId` is empty.
    [[nodiscard]] std::optional<QList<Entry>> entries(const QString &stationId = {}, int limit = 1000);
    /// One line per entry for the admin command.
    [[nodiscard]] static QString format(const QList<Entry> &entries);

private:
    Database &m_db;
};

} // namespace server
