// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/changefeed.h"
#include "server/database.h"

#include <QDate>
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
        QString reportedLostOn; ///< yyyy-MM-dd the holder reported the card lost (station clock), or empty
    };

    explicit CertificateRegistry(Database &db) : m_db(db), m_feed(db) {}

    [[nodiscard]] static const QStringList &statuses();
    /// What a kiosk is told, in the change feed and the lookup answer alike: the ID number
    /// masked, never whole, and never the holder's name. openapi.yaml: CertificateData.
    [[nodiscard]] static QJsonObject view(const Record &record);

    /// Inserts or replaces; call inside a transaction. The residents' station gets the new state
    /// through its change feed, keyed by HMAC(station cache key, ID number). A report of loss is
    /// kept across a re-import of the same card; a new replacement number (a new card) ends it.
    bool upsert(const Record &record);
    [[nodiscard]] std::optional<Record> find(const QString &idNumber);
    /// Sends the certificate's row to a station through its change feed (the key is computed for
    /// that station and remembered); call inside a transaction.
    bool sendTo(const QString &stationId, const Record &record);
    /// Remembers that `stationId` knows the certificate under `key`, so an application pushed
    /// with that visitorKey finds it.
    bool rememberKey(const QString &stationId, const QString &key, const QString &idNumber);
    /// The ID number behind a key a station was sent, or empty when the server sent none.
    [[nodiscard]] QString idNumberForKey(const QString &stationId, const QString &key);
    /// The ID number of a certificate the station holds under `key` but the server kept no key
    /// for (cached before certificate_keys existed): among the certificates whose number begins
    /// and ends like `maskedId` (first 6, last 4), the one whose HMAC(station cache key, number)
    /// is `key`. The key is then remembered. Empty when none matches.
    [[nodiscard]] QString idNumberForMaskedKey(const QString &stationId, const QString &maskedId, const QString &key);
    /// Marks the card reported lost on `day` (the first report counts) and tells the residents'
    /// station and `alsoStation` (the one the holder reported at); call inside a transaction.
    /// The residents' row is a courtesy to a third station: when it cannot be written (a station
    /// not enrolled any more, no cache key) the mark and the push still count, and a warning
    /// without personal data says which station missed it.
    bool reportLost(const QString &idNumber, QDate day, const QString &alsoStation);

private:
    /// sendTo with the station's cache key already read.
    bool sendWithKey(const QString &stationId, const QString &cacheKey, const Record &record);

    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
