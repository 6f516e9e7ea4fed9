// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteerregistry.h"

#include "core/masking.h"

#include <QDateTime>
#include <QJsonArray>

namespace server {

bool VolunteerRegistry::upsert(const Record &r)
{
    const QVariant station = r.stationId.isEmpty() ? QVariant() : QVariant(r.stationId);
    if (!m_db.exec(QStringLiteral("INSERT INTO volunteers (id, name, phone, station_id, skills, hours_total, registered_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                                  " phone = excluded.phone, station_id = excluded.station_id, skills = excluded.skills,"
                                  " hours_total = excluded.hours_total"),
                   {r.id, r.name, r.phone, station, r.skills, r.hoursTotal, QDateTime::currentMSecsSinceEpoch()}))
        return false;
    if (r.stationId.isEmpty())
        return true;
    QJsonArray skills;
    for (const QString &s : r.skills.split(u';', Qt::SkipEmptyParts))
        skills.append(s.trimmed());
    const QJsonObject data{{QStringLiteral("name"), r.name},
                           {QStringLiteral("phoneMasked"), core::maskPhone(r.phone)},
                           {QStringLiteral("skills"), skills},
                           {QStringLiteral("hoursTotal"), r.hoursTotal}};
    return m_feed.append(r.stationId, {0, QStringLiteral("volunteer"), r.id, data, false});
}

} // namespace server
