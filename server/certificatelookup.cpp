// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/certificatelookup.h"

#include "core/masking.h"
#include "server/sealedcolumns.h"
#include "server/secrets.h"

#include <QDateTime>

namespace server {

QJsonObject CertificateLookup::Answer::toJson() const
{
    if (!found)
        return {{QStringLiteral("found"), false}};
    return {{QStringLiteral("found"), true}, {QStringLiteral("key"), key}, {QStringLiteral("certificate"), certificate}};
}

std::optional<CertificateLookup::Answer> CertificateLookup::lookup(const QString &stationId, const QString &idNumber)
{
    auto asking = m_db.exec(QStringLiteral("SELECT cache_key, district FROM stations WHERE id = ?"), {stationId});
    if (!asking || !asking->next())
        return std::nullopt;
    const QString cacheKey = SealedColumns::openCacheKey(m_db, asking->value(0).toString());
    if (cacheKey.isEmpty())
        return std::nullopt; // no key, no answer: an HMAC under an empty key would match nothing it holds
    const QString district = asking->value(1).toString();
    Answer answer;
    if (const auto record = m_registry.find(idNumber)) {
        answer.found = true;
        answer.key = Secrets::hmac(cacheKey, idNumber);
        answer.certificate = CertificateRegistry::view(*record);
        // So an application this station pushes for the visitor finds the certificate.
        if (!m_registry.rememberKey(stationId, answer.key, idNumber))
            return std::nullopt;
        // A certificate without a residents' station has no known district: that is "other" too,
        // since it is not one of this station's residents.
        const QString holderDistrict =
            record->stationId.isEmpty()
                ? QString()
                : m_db.scalar(QStringLiteral("SELECT district FROM stations WHERE id = ?"), {record->stationId}).toString();
        answer.otherDistrict = record->stationId != stationId && (holderDistrict.isEmpty() || holderDistrict != district);
    }
    const LookupAudit::Entry entry{QDateTime::currentMSecsSinceEpoch(), stationId, core::maskIdNumber(idNumber),
                                   answer.found ? QStringLiteral("found") : QStringLiteral("not_found"),
                                   answer.otherDistrict};
    if (!m_audit.record(entry))
        return std::nullopt; // no answer without its audit line
    return answer;
}

bool CertificateLookup::recordRefused(const QString &stationId, const QString &idNumber)
{
    return m_audit.record({QDateTime::currentMSecsSinceEpoch(), stationId, core::maskIdNumber(idNumber),
                           QStringLiteral("rate_limited"), false});
}

} // namespace server
