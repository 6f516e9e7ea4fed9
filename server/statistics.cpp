// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics.h"

#include <QDateTime>
#include <QJsonArray>

namespace server {

std::optional<QJsonObject> Statistics::compute(const QString &stationId)
{
    const bool one = !stationId.isEmpty();
    const QString where = one ? QStringLiteral(" WHERE station_id = ?") : QString();
    const QString andWhere = one ? QStringLiteral(" AND station_id = ?") : QString();
    const QVariantList args = one ? QVariantList{stationId} : QVariantList{};

    QJsonObject figures;
    figures.insert(QStringLiteral("scope"), one ? stationId : QStringLiteral("city"));

    QJsonArray byKind;
    auto q = m_db.exec(QStringLiteral("SELECT kind, status, COUNT(*) FROM records") + where
                           + QStringLiteral(" GROUP BY kind, status ORDER BY kind, status"),
                       args);
    if (!q)
        return std::nullopt;
    while (q->next())
        byKind.append(QJsonObject{{QStringLiteral("kind"), q->value(0).toString()},
                                  {QStringLiteral("status"), q->value(1).toString()},
                                  {QStringLiteral("count"), q->value(2).toLongLong()}});
    figures.insert(QStringLiteral("requests"), byKind);

    const qint64 personTimes =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + personTimeCondition() + andWhere, args).toLongLong();
    const qint64 persons =
        m_db.scalar(QStringLiteral("SELECT ") + personsExpression() + QStringLiteral(" FROM records WHERE ")
                        + personTimeCondition() + andWhere, args).toLongLong();
    const qint64 volunteers = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM volunteers") + where, args).toLongLong();
    const double hours = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(hours_total), 0) FROM volunteers") + where, args).toDouble();
    figures.insert(QStringLiteral("personTimes"), personTimes);
    figures.insert(QStringLiteral("personsServed"), persons);
    figures.insert(QStringLiteral("personsCountedPer"), QStringLiteral("station"));
    figures.insert(QStringLiteral("volunteersRegistered"), volunteers);
    // Active: hours counted for a span that began in the last 90 days, at any station (one
    // station's figure: served there). Pending: registrations waiting for a coordinator.
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(activeDays) * 24 * 3600 * 1000;
    const qint64 active = m_db.scalar(QStringLiteral("SELECT COUNT(DISTINCT volunteer_id) FROM volunteer_checks WHERE ")
                                          + activeCheckCondition() + andWhere,
                                      one ? QVariantList{since, stationId} : QVariantList{since}).toLongLong();
    const qint64 pending = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM volunteer_registrations WHERE status = 'pending'")
                                           + andWhere, args).toLongLong();
    figures.insert(QStringLiteral("volunteersActive"), active);
    figures.insert(QStringLiteral("volunteerRegistrationsPending"), pending);
    figures.insert(QStringLiteral("volunteerHours"), hours);
    if (!one) {
        // Per station: person-times and volunteers, so the centre sees where service is thin.
        QJsonArray byStation;
        auto st = m_db.exec(QStringLiteral(
            "SELECT s.id, (SELECT COUNT(*) FROM records r WHERE r.station_id = s.id AND %1),"
            " (SELECT COUNT(*) FROM records r WHERE r.station_id = s.id),"
            " (SELECT COUNT(*) FROM volunteers v WHERE v.station_id = s.id) FROM stations s ORDER BY s.id")
                                .arg(personTimeCondition(QStringLiteral("r."))));
        if (!st)
            return std::nullopt;
        while (st->next())
            byStation.append(QJsonObject{{QStringLiteral("station"), st->value(0).toString()},
                                         {QStringLiteral("personTimes"), st->value(1).toLongLong()},
                                         {QStringLiteral("requests"), st->value(2).toLongLong()},
                                         {QStringLiteral("volunteers"), st->value(3).toLongLong()}});
        figures.insert(QStringLiteral("byStation"), byStation);
        figures.insert(QStringLiteral("stations"), m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM stations")).toLongLong());
        figures.insert(QStringLiteral("targets"),
                       QJsonObject{{QStringLiteral("volunteers"), volunteerTarget},
                                   {QStringLiteral("personTimes"), personTimesTarget},
                                   {QStringLiteral("volunteersPercent"), 100.0 * double(volunteers) / volunteerTarget},
                                   {QStringLiteral("activeVolunteersPercent"), 100.0 * double(active) / volunteerTarget},
                                   {QStringLiteral("personTimesPercent"), 100.0 * double(personTimes) / personTimesTarget}});
    }
    return figures;
}

QString Statistics::personTimeCondition(const QString &prefix)
{
    return prefix + QStringLiteral("status = 'done'");
}

QString Statistics::personsExpression(const QString &p)
{
    // A visitorKey is keyed with its station's secret, so one person has a different key at each
    // station: persons are distinct per station, and the city figure is the sum over stations
    // (a person served at two stations counts twice). The pair makes that explicit even for
    // stations that share a key (demo).
    return QStringLiteral("(COUNT(DISTINCT CASE WHEN %1visitor_key IS NOT NULL THEN %1station_id || ':' || %1visitor_key END)"
                          " + COALESCE(SUM(CASE WHEN %1visitor_key IS NULL THEN 1 ELSE 0 END), 0))")
        .arg(p);
}

QString Statistics::activeCheckCondition(const QString &p)
{
    return QStringLiteral("%1counted = 1 AND %1checked_in_at >= ?").arg(p);
}

QString Statistics::format(const QJsonObject &f)
{
    QString out;
    out += QStringLiteral("scope: %1\n").arg(f.value(QStringLiteral("scope")).toString());
    if (f.contains(QStringLiteral("stations")))
        out += QStringLiteral("stations: %1\n").arg(f.value(QStringLiteral("stations")).toInteger());
    const QJsonObject t = f.value(QStringLiteral("targets")).toObject();
    auto against = [&](const char *key, const char *percentKey) {
        if (t.isEmpty())
            return QString();
        return QStringLiteral(" of target %1 (%2%)")
            .arg(t.value(QLatin1String(key)).toInteger())
            .arg(t.value(QLatin1String(percentKey)).toDouble(), 0, 'f', 2);
    };
    out += QStringLiteral("volunteers registered: %1%2\n")
               .arg(f.value(QStringLiteral("volunteersRegistered")).toInteger())
               .arg(against("volunteers", "volunteersPercent"));
    out += QStringLiteral("volunteers active (served in the last %1 days): %2%3\n")
               .arg(activeDays)
               .arg(f.value(QStringLiteral("volunteersActive")).toInteger())
               .arg(against("volunteers", "activeVolunteersPercent"));
    out += QStringLiteral("volunteer registrations waiting for approval: %1\n")
               .arg(f.value(QStringLiteral("volunteerRegistrationsPending")).toInteger());
    out += QStringLiteral("volunteer hours: %1\n").arg(f.value(QStringLiteral("volunteerHours")).toDouble(), 0, 'f', 1);
    out += QStringLiteral("person-times served: %1%2\n")
               .arg(f.value(QStringLiteral("personTimes")).toInteger())
               .arg(against("personTimes", "personTimesPercent"));
    out += QStringLiteral("persons served: %1 (distinct per station: one person served at two stations counts twice)\n")
               .arg(f.value(QStringLiteral("personsServed")).toInteger());
    out += QStringLiteral("requests by kind and status:\n");
    for (const QJsonValue &v : f.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject r = v.toObject();
        out += QStringLiteral("  %1 %2: %3\n")
                   .arg(r.value(QStringLiteral("kind")).toString(), -26)
                   .arg(r.value(QStringLiteral("status")).toString(), -12)
                   .arg(r.value(QStringLiteral("count")).toInteger());
    }
    const QJsonArray stations = f.value(QStringLiteral("byStation")).toArray();
    if (!stations.isEmpty()) {
        out += QStringLiteral("by station (person-times, requests, volunteers):\n");
        for (const QJsonValue &v : stations) {
            const QJsonObject s = v.toObject();
            out += QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(s.value(QStringLiteral("station")).toString(), -26)
                       .arg(s.value(QStringLiteral("personTimes")).toInteger(), 8)
                       .arg(s.value(QStringLiteral("requests")).toInteger(), 8)
                       .arg(s.value(QStringLiteral("volunteers")).toInteger(), 8);
        }
    }
    return out;
}

} // namespace server
