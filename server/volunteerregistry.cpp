// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteerregistry.h"

#include "core/givenname.h"
#include "core/starlevel.h"
#include "core/volunteerhours.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtMath>

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
    return publish(r.id);
}

QString VolunteerRegistry::districtScope(const QString &district)
{
    return QStringLiteral("@") + district;
}

bool VolunteerRegistry::publish(const QString &id, const QString &alsoStation)
{
    auto q = m_db.exec(QStringLiteral("SELECT name, given_name, COALESCE(station_id, ''), skills, week_availability,"
                                      " hours_total, district FROM volunteers WHERE id = ?"),
                       {id});
    if (!q || !q->next())
        return false;
    const QString name = q->value(0).toString();
    const QString station = q->value(2).toString();
    const QString district = q->value(6).toString();
    QJsonArray skills;
    for (const QString &s : q->value(3).toString().split(u';', Qt::SkipEmptyParts))
        skills.append(s.trimmed());
    // Hours in half-hour steps, as the core rule counts them; the star level follows from them.
    const auto hours = core::VolunteerHours::fromHalfHours(qFloor(q->value(5).toDouble() * 2 + 1e-9));
    QJsonObject data{{QStringLiteral("number"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("givenName"), q->value(1).toString().isEmpty() ? core::GivenName::of(name)
                                                                                      : q->value(1).toString()},
                     {QStringLiteral("skills"), skills},
                     {QStringLiteral("hoursTotal"), hours.hours()},
                     {QStringLiteral("stars"), core::StarLevel::starsFor(hours)}};
    const QJsonObject week = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
    if (!week.isEmpty())
        data.insert(QStringLiteral("availability"), week);
    q->finish();
    const QString scope = district.isEmpty() ? station : districtScope(district);
    if (scope.isEmpty())
        return true;
    if (!m_feed.append(scope, {0, QStringLiteral("volunteer"), id, data, false}))
        return false;
    if (alsoStation.isEmpty() || alsoStation == station)
        return true;
    if (!district.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT district FROM stations WHERE id = ?"), {alsoStation}).toString() == district)
        return true;
    return m_feed.append(alsoStation, {0, QStringLiteral("volunteer"), id, data, false});
}

bool VolunteerRegistry::addHalfHours(const QString &id, qint64 halfHours)
{
    return m_db.exec(QStringLiteral("UPDATE volunteers SET hours_total = hours_total + ? WHERE id = ?"),
                     {double(halfHours) / 2.0, id})
        .has_value();
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
