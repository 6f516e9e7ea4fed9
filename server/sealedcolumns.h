// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace server {

class Database;
class Sealer;

/// @brief How the sealed columns are written and read: stations.cache_key (sealed text),
/// certificates.id_index / id_masked_index (blind indexes) and id_number_sealed (sealed text).
///
/// Every reader and writer goes through here so the purposes of the blind indexes are spelled
/// once. With no sealer on the connection nothing is written or read in plain: the values come
/// back empty and the caller's operation fails (a warning says why, without the value).
class SealedColumns
{
public:
    /// The plain cache key from the stored sealed text; empty when it cannot be opened.
    [[nodiscard]] static QString openCacheKey(const Database &db, const QString &stored);
    /// Sealed text to store as a cache key; empty without a sealer.
    [[nodiscard]] static QString sealCacheKey(const Database &db, const QString &plain);
    /// The plain ID number from id_number_sealed; empty when it cannot be opened.
    [[nodiscard]] static QString openIdNumber(const Database &db, const QString &stored);
    /// Sealed text to store in id_number_sealed; empty without a sealer.
    [[nodiscard]] static QString sealIdNumber(const Database &db, const QString &idNumber);
    /// certificates.id_index (and certificate_keys.id_index) of an ID number.
    [[nodiscard]] static QString idIndex(const Database &db, const QString &idNumber);
    /// certificates.id_masked_index of an ID number or of its masked form (first 6, last 4 kept).
    [[nodiscard]] static QString maskedIndex(const Database &db, const QString &idNumberOrMasked);

    /// The same with an explicit sealer (the sealing pass and key rotation work with two).
    [[nodiscard]] static QString idIndex(const Sealer &sealer, const QString &idNumber);
    [[nodiscard]] static QString maskedIndex(const Sealer &sealer, const QString &idNumberOrMasked);
};

} // namespace server
