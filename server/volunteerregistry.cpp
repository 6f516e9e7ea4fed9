// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteerregistry.h"

#include "core/masking.h"

#include <QDateTime>
#include <QJsonArray>

namespace server {

bool VolunteerRegistry::upsert(const Record &r)
{
    const QVariant station = r.stationId.isEmpty() ? QVariant() : QVariant(r.stationId);
    if (!m_db.exec(QStringLiteral("INSERT INTO volunteers (id, name, phone, station_id, skills, hours_total, registered_at,"
                                  " given_name, availability)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                                  " phone = excluded.phone, station_id = excluded.station_id, skills = excluded.skills,"
                                  " hours_total = excluded.hours_total, given_name = excluded.given_name,"
                                  " availability = excluded.availability"),
                   {r.id, r.name, r.phone, station, r.skills, r.hoursTotal, QDateTime::currentMSecsSinceEpoch(),
                    r.givenName, r.availability}))
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

std::optional<QJsonObject> VolunteerRegistry::summary(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT v.name, v.station_id, v.skills, v.availability, v.hours_total,"
                                      " (SELECT COUNT(*) FROM assignments a JOIN records r ON r.id = a.record_id"
                                      "   WHERE a.volunteer_id = v.id AND a.withdrawn_at IS NULL"
                                      "   AND r.status NOT IN ('done', 'cancelled')),"
                                      " (SELECT COUNT(*) FROM ratings g WHERE g.volunteer_id = v.id),"
                                      " (SELECT AVG(CAST(g.stars AS %1)) FROM ratings g WHERE g.volunteer_id = v.id)"
                                      " FROM volunteers v WHERE v.id = ?")
                           .arg(m_db.isPostgres() ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL")),
                       {id});
    if (!q || !q->next())
        return std::nullopt;
    const auto split = [](const QString &text) {
        QJsonArray out;
        for (const QString &s : text.split(u';', Qt::SkipEmptyParts))
            out.append(s.trimmed());
        return out;
    };
    const int ratings = q->value(6).toInt();
    // Rounded to a tenth, as a coordinator reads it.
    const double average = ratings ? qRound(q->value(7).toDouble() * 10) / 10.0 : 0.0;
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), q->value(0).toString()},
                       {QStringLiteral("stationId"), q->value(1).toString()},
                       {QStringLiteral("skills"), split(q->value(2).toString())},
                       {QStringLiteral("availability"), split(q->value(3).toString())},
                       {QStringLiteral("hoursTotal"), q->value(4).toDouble()},
                       {QStringLiteral("openAssignments"), q->value(5).toInt()},
                       {QStringLiteral("ratings"), ratings},
                       {QStringLiteral("averageStars"), ratings ? QJsonValue(average) : QJsonValue(QJsonValue::Null)}};
}

} // namespace server
