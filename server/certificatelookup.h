// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/certificateregistry.h"
#include "server/database.h"
#include "server/lookupaudit.h"

#include <QJsonObject>
#include <optional>

namespace server {

/// @brief The online lookup for a visitor not (yet) in a station's cache: the same certificate
/// row the change feed carries, keyed for the asking station, and an audit line for every lookup.
///
/// A holder whose certificate belongs to another district is still answered (visitors move);
/// the audit marks it so the centre sees lookups outside a station's own residents.
class CertificateLookup
{
public:
    struct Answer
    {
        bool found = false;
        QString key;             ///< HMAC-SHA256(asking station's cache key, ID number), hex
        QJsonObject certificate; ///< CertificateRegistry::view()
        bool otherDistrict = false;

        /// openapi.yaml: LookupAnswer.
        [[nodiscard]] QJsonObject toJson() const;
    };

    explicit CertificateLookup(Database &db) : m_db(db), m_registry(db), m_audit(db) {}

    /// `idNumber` is normalised (core::IdNumber). nullopt only when storage failed.
    std::optional<Answer> lookup(const QString &stationId, const QString &idNumber);
    /// Notes a lookup refused by the station's lookup rate limit.
    bool recordRefused(const QString &stationId, const QString &idNumber);

private:
    Database &m_db;
    CertificateRegistry m_registry;
    LookupAudit m_audit;
};

} // namespace server
