// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace server {

/// @brief The city's disability-certificate records, as imported by the federation, and the
/// online lookup for a visitor not yet in a station's cache.
class CertificateRegistry
{
public:
    struct Record
    {
        QString idNumber; ///< 18 characters, normalised; never logged
        QString holderName;
        int category = 0; ///< 1 visual .. 7 multiple
        int level = 0;    ///< 1 (most severe) .. 4
        QString status;   ///< one of statuses()
        QString validUntil; ///< yyyy-MM-dd or empty
        QString stationId;  ///< the residents' station, empty when none
        QString stateSince; ///< yyyy-MM-dd, the day the status began (deadlines count from it), or empty
        QString issuedOn;   ///< yyyy-MM-dd or empty
        core::LocalizedText pickupPlace; ///< where to collect it, empty when not applicable
        int replacement = 0; ///< n of the Bn suffix of a replacement certificate, 0 for none
    };

    explicit CertificateRegistry(Database &db) : m_db(db), m_feed(db) {}

    [[nodiscard]] static const QStringList &statuses();
    /// What a kiosk is told, in the change feed and the lookup answer alike: the ID number
    /// masked, never whole, and never the holder's name. openapi.yaml: CertificateData.
    [[nodiscard]] static QJsonObject view(const Record &record);

    /// Inserts or replaces; call inside a transaction. The residents' station gets the new state
    /// through its change feed, keyed by HMAC(station cache key, ID number).
    bool upsert(const Record &record);
    [[nodiscard]] std::optional<Record> find(const QString &idNumber);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
