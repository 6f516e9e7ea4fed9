// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/certificateregistry.h"

#include "core/certificatestate.h"
#include "core/masking.h"
#include "server/sealedcolumns.h"
#include "server/secrets.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRegistry, "kiosk.server.certificates")

namespace server {

const QStringList &CertificateRegistry::statuses()
{
    // The lifecycle of the 2017 certificate rules, keys shared with the kiosk.
    static const QStringList list = [] {
        QStringList keys;
        for (core::CertificateState state : core::CertificateStates::all())
            keys.append(core::CertificateStates::key(state));
        return keys;
    }();
    return list;
}

namespace {
/// Dates travel as yyyy-MM-dd or null when unknown (an empty string is not a date).
QJsonValue dateOrNull(const QString &date)
{
    return date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date);
}
} // namespace

QJsonObject CertificateRegistry::view(const Record &record)
{
    const bool hasPlace = !record.pickupPlace.zh.isEmpty() || !record.pickupPlace.en.isEmpty();
    return {{QStringLiteral("idNumberMasked"), core::maskIdNumber(record.idNumber)},
            {QStringLiteral("category"), record.category},
            {QStringLiteral("level"), record.level},
            {QStringLiteral("status"), record.status},
            {QStringLiteral("stateSince"), dateOrNull(record.stateSince)},
            {QStringLiteral("issuedOn"), dateOrNull(record.issuedOn)},
            {QStringLiteral("validUntil"), dateOrNull(record.validUntil)},
            {QStringLiteral("pickupPlace"),
             hasPlace ? QJsonValue(QJsonObject{{QStringLiteral("zh"), record.pickupPlace.zh},
                                               {QStringLiteral("en"), record.pickupPlace.en}})
                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("replacement"), record.replacement},
            {QStringLiteral("reportedLostOn"), dateOrNull(record.reportedLostOn)}};
}

bool CertificateRegistry::upsert(const Record &record)
{
    const QVariant station = record.stationId.isEmpty() ? QVariant() : QVariant(record.stationId);
    // The number is kept sealed and found by its blind index (migration 9), never in plain.
    const QString index = SealedColumns::idIndex(m_db, record.idNumber);
    if (index.isEmpty())
        return false;
    const QVariantList values{index, SealedColumns::sealIdNumber(m_db, record.idNumber),
                              SealedColumns::maskedIndex(m_db, record.idNumber), record.holderName, record.category, record.level,
                              record.status, record.validUntil, station, QDateTime::currentMSecsSinceEpoch(),
                              record.stateSince, record.issuedOn, record.pickupPlace.zh, record.pickupPlace.en,
                              record.replacement};
    // The import does not know of a report of loss: the row sent is the stored one, which the
    // upsert returns (no second read per imported row).
    auto q = m_db.exec(QStringLiteral("INSERT INTO certificates (id_index, id_number_sealed, id_masked_index, holder_name,"
                                  " category, level, status, valid_until, station_id, updated_at, state_since, issued_on,"
                                  " pickup_place_zh, pickup_place_en, replacement)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (id_index) DO UPDATE SET holder_name = excluded.holder_name,"
                                  " category = excluded.category, level = excluded.level, status = excluded.status,"
                                  " valid_until = excluded.valid_until, station_id = excluded.station_id,"
                                  " updated_at = excluded.updated_at, state_since = excluded.state_since,"
                                  " issued_on = excluded.issued_on, pickup_place_zh = excluded.pickup_place_zh,"
                                  " pickup_place_en = excluded.pickup_place_en, replacement = excluded.replacement,"
                                  " reported_lost_on = CASE WHEN certificates.replacement = excluded.replacement"
                                  " THEN certificates.reported_lost_on ELSE NULL END RETURNING reported_lost_on"),
                       values);
    if (!q || !q->next())
        return false;
    if (record.stationId.isEmpty())
        return true;
    Record stored = record;
    stored.reportedLostOn = q->value(0).toString();
    return sendTo(record.stationId, stored);
}

bool CertificateRegistry::sendTo(const QString &stationId, const Record &record)
{
    const QString cacheKey = SealedColumns::openCacheKey(
        m_db, m_db.scalar(QStringLiteral("SELECT cache_key FROM stations WHERE id = ?"), {stationId}).toString());
    return !cacheKey.isEmpty() && sendWithKey(stationId, cacheKey, record);
}

bool CertificateRegistry::sendWithKey(const QString &stationId, const QString &cacheKey, const Record &record)
{
    const QString key = Secrets::hmac(cacheKey, record.idNumber);
    return rememberKey(stationId, key, record.idNumber)
        && m_feed.append(stationId, {0, QStringLiteral("certificate"), key, view(record), false});
}

bool CertificateRegistry::rememberKey(const QString &stationId, const QString &key, const QString &idNumber)
{
    const QString index = SealedColumns::idIndex(m_db, idNumber);
    return !index.isEmpty()
        && m_db
               .exec(QStringLiteral("INSERT INTO certificate_keys (station_id, key, id_index) VALUES (?, ?, ?)"
                                    " ON CONFLICT (station_id, key) DO NOTHING"),
                     {stationId, key, index})
               .has_value();
}

QString CertificateRegistry::idNumberForKey(const QString &stationId, const QString &key)
{
    return SealedColumns::openIdNumber(
        m_db, m_db.scalar(QStringLiteral("SELECT c.id_number_sealed FROM certificate_keys k"
                                         " JOIN certificates c ON c.id_index = k.id_index"
                                         " WHERE k.station_id = ? AND k.key = ?"),
                          {stationId, key})
                  .toString());
}

QString CertificateRegistry::idNumberForMaskedKey(const QString &stationId, const QString &maskedId, const QString &key)
{
    // The masked form is checked before (6 digits, then 8 stars, then 3 digits and a digit or X).
    if (maskedId.size() != 18 || key.isEmpty())
        return {};
    const QString cacheKey = SealedColumns::openCacheKey(
        m_db, m_db.scalar(QStringLiteral("SELECT cache_key FROM stations WHERE id = ?"), {stationId}).toString());
    if (cacheKey.isEmpty())
        return {};
    // The numbers that begin and end like the masked one share its masked blind index, so the
    // index finds the few candidates (the numbers are sealed: no range of them can be read);
    // each is opened and its HMAC compared. Remove with the masked fallback once no station
    // holds a card cached before certificate_keys (migration 6).
    auto q = m_db.exec(QStringLiteral("SELECT id_number_sealed FROM certificates WHERE id_masked_index = ?"),
                       {SealedColumns::maskedIndex(m_db, maskedId)});
    if (!q)
        return {};
    while (q->next()) {
        const QString idNumber = SealedColumns::openIdNumber(m_db, q->value(0).toString());
        if (!idNumber.isEmpty() && Secrets::hmac(cacheKey, idNumber) == key)
            return rememberKey(stationId, key, idNumber) ? idNumber : QString();
    }
    return {};
}

bool CertificateRegistry::reportLost(const QString &idNumber, QDate day, const QString &alsoStation)
{
    if (!m_db.exec(QStringLiteral("UPDATE certificates SET reported_lost_on = COALESCE(reported_lost_on, ?), updated_at = ?"
                                  " WHERE id_index = ?"),
                   {day.toString(Qt::ISODate), QDateTime::currentMSecsSinceEpoch(), SealedColumns::idIndex(m_db, idNumber)}))
        return false;
    const auto record = find(idNumber);
    if (!record)
        return false;
    const QString &residents = record->stationId;
    if (!residents.isEmpty()) {
        // Its cache key is read once: whether it can be sent the row, and the row's key.
        const QString cacheKey = SealedColumns::openCacheKey(
            m_db, m_db.scalar(QStringLiteral("SELECT cache_key FROM stations WHERE id = ? AND revoked_at IS NULL"), {residents})
                      .toString());
        if (!cacheKey.isEmpty()) {
            if (!sendWithKey(residents, cacheKey, *record))
                return false;
        } else if (residents == alsoStation) {
            return false; // the station the holder reported at must see the mark
        } else {
            qCWarning(lcRegistry).noquote() << "report of loss: the residents' station" << residents.left(40)
                                            << "cannot be sent the certificate row (no cache key); the card is marked lost";
        }
    }
    return alsoStation.isEmpty() || alsoStation == residents || sendTo(alsoStation, *record);
}

std::optional<CertificateRegistry::Record> CertificateRegistry::find(const QString &idNumber)
{
    auto q = m_db.exec(QStringLiteral("SELECT holder_name, category, level, status, valid_until, station_id,"
                                      " state_since, issued_on, pickup_place_zh, pickup_place_en, replacement,"
                                      " COALESCE(reported_lost_on, '') FROM certificates WHERE id_index = ?"),
                       {SealedColumns::idIndex(m_db, idNumber)});
    if (!q || !q->next())
        return std::nullopt;
    return Record{idNumber,
                  q->value(0).toString(),
                  q->value(1).toInt(),
                  q->value(2).toInt(),
                  q->value(3).toString(),
                  q->value(4).toString(),
                  q->value(5).toString(),
                  q->value(6).toString(),
                  q->value(7).toString(),
                  {q->value(8).toString(), q->value(9).toString()},
                  q->value(10).toInt(),
                  q->value(11).toString()};
}

} // namespace server
