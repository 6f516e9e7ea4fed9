// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/certificateregistry.h"

#include "core/certificatestate.h"
#include "core/masking.h"
#include "server/secrets.h"

#include <QDateTime>

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
            {QStringLiteral("replacement"), record.replacement}};
}

bool CertificateRegistry::upsert(const Record &record)
{
    const QVariant station = record.stationId.isEmpty() ? QVariant() : QVariant(record.stationId);
    const QVariantList values{record.idNumber, record.holderName, record.category, record.level,
                              record.status, record.validUntil, station, QDateTime::currentMSecsSinceEpoch(),
                              record.stateSince, record.issuedOn, record.pickupPlace.zh, record.pickupPlace.en,
                              record.replacement};
    if (!m_db.exec(QStringLiteral("INSERT INTO certificates (id_number, holder_name, category, level, status,"
                                  " valid_until, station_id, updated_at, state_since, issued_on, pickup_place_zh,"
                                  " pickup_place_en, replacement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (id_number) DO UPDATE SET holder_name = excluded.holder_name,"
                                  " category = excluded.category, level = excluded.level, status = excluded.status,"
                                  " valid_until = excluded.valid_until, station_id = excluded.station_id,"
                                  " updated_at = excluded.updated_at, state_since = excluded.state_since,"
                                  " issued_on = excluded.issued_on, pickup_place_zh = excluded.pickup_place_zh,"
                                  " pickup_place_en = excluded.pickup_place_en, replacement = excluded.replacement"),
                   values))
        return false;
    if (record.stationId.isEmpty())
        return true;
    const QString key = m_db.scalar(QStringLiteral("SELECT cache_key FROM stations WHERE id = ?"), {record.stationId}).toString();
    if (key.isEmpty())
        return false;
    return m_feed.append(record.stationId,
                         {0, QStringLiteral("certificate"), Secrets::hmac(key, record.idNumber), view(record), false});
}

std::optional<CertificateRegistry::Record> CertificateRegistry::find(const QString &idNumber)
{
    auto q = m_db.exec(QStringLiteral("SELECT holder_name, category, level, status, valid_until, station_id,"
                                      " state_since, issued_on, pickup_place_zh, pickup_place_en, replacement"
                                      " FROM certificates WHERE id_number = ?"),
                       {idNumber});
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
                  q->value(10).toInt()};
}

} // namespace server
