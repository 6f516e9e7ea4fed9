// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/volunteerrecord.h"

#include "core/masking.h"
#include "core/starlevel.h"
#include "core/volunteerhours.h"
#include "server/stationclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>
#include <QtMath>

namespace server::console {

namespace {

QJsonArray split(const QString &text)
{
    QJsonArray out;
    for (const QString &s : text.split(u';', Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

/// Hours in half-hour steps, as the core rule counts them (the star level follows from them).
core::VolunteerHours hoursOf(double total)
{
    return core::VolunteerHours::fromHalfHours(qFloor(total * 2 + 1e-9));
}

QString stationTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(StationClock::now().timeZone()).toString(Qt::ISODate);
}

QString realType(const Database &db)
{
    return db.isPostgres() ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
}

} // namespace

bool VolunteerRecord::visible(const VolunteerScope &scope, const QString &number)
{
    QVariantList values{number};
    values.append(scope.values());
    return m_db.scalar(QStringLiteral("SELECT 1 FROM volunteers v WHERE v.id = ? AND %1").arg(scope.clause(QStringLiteral("v"))),
                       values)
        .isValid();
}

std::optional<VolunteerRecord::Page> VolunteerRecord::list(const VolunteerScope &scope, const Filter &filter)
{
    QString where = QStringLiteral(" FROM volunteers v LEFT JOIN stations s ON s.id = v.station_id WHERE %1")
                        .arg(scope.clause(QStringLiteral("v")));
    QVariantList values = scope.values();
    if (!filter.text.trimmed().isEmpty()) {
        // LIKE's own wildcards in what was typed are taken literally.
        QString pattern = filter.text.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        where += QStringLiteral(" AND (UPPER(v.id) LIKE ? ESCAPE '\\' OR v.name LIKE ? ESCAPE '\\')");
        values << (u'%' + pattern.toUpper() + u'%') << (u'%' + pattern + u'%');
    }
    if (!filter.district.isEmpty()) {
        where += QStringLiteral(" AND (v.district = ? OR s.district = ?)");
        values << filter.district << filter.district;
    }
    if (!filter.stationId.isEmpty()) {
        where += QStringLiteral(" AND (v.station_id = ? OR EXISTS (SELECT 1 FROM volunteer_checks c"
                                " WHERE c.volunteer_id = v.id AND c.station_id = ?))");
        values << filter.stationId << filter.stationId;
    }
    // The total of the whole filter, so the page can say "41-60 of 312" and offer the next page.
    const QVariant total = m_db.scalar(QStringLiteral("SELECT COUNT(*)") + where, values);
    if (!total.isValid())
        return std::nullopt;
    const QString sql = QStringLiteral("SELECT v.id, v.name, v.district, COALESCE(v.station_id, ''), COALESCE(s.name, ''),"
                                       " COALESCE(s.district, ''), v.hours_total,"
                                       " (SELECT COUNT(*) FROM ratings g WHERE g.volunteer_id = v.id),"
                                       " (SELECT AVG(CAST(g.stars AS %1)) FROM ratings g WHERE g.volunteer_id = v.id)")
                            .arg(realType(m_db))
                        + where + QStringLiteral(" ORDER BY v.id LIMIT ? OFFSET ?");
    values << qBound(1, filter.limit, 1000) << qMax(0, filter.offset);
    auto q = m_db.exec(sql, values);
    if (!q)
        return std::nullopt;
    Page out;
    out.total = total.toLongLong();
    while (q->next()) {
        const auto hours = hoursOf(q->value(6).toDouble());
        const int ratings = q->value(7).toInt();
        QJsonArray stations;
        if (!q->value(3).toString().isEmpty())
            stations.append(QJsonObject{{QStringLiteral("id"), q->value(3).toString()},
                                        {QStringLiteral("name"), q->value(4).toString()}});
        out.rows.append({{QStringLiteral("id"), q->value(0).toString()},
                    {QStringLiteral("number"), q->value(0).toString()},
                    {QStringLiteral("name"), q->value(1).toString()},
                    {QStringLiteral("district"), q->value(2).toString().isEmpty() ? q->value(5).toString() : q->value(2).toString()},
                    {QStringLiteral("stations"), stations},
                    {QStringLiteral("hoursTotal"), hours.hours()},
                    {QStringLiteral("starLevel"), core::StarLevel::starsFor(hours)},
                    {QStringLiteral("ratingCount"), ratings},
                    // Rounded to a tenth, as a coordinator reads it.
                    {QStringLiteral("ratingAverage"),
                     ratings ? QJsonValue(qRound(q->value(8).toDouble() * 10) / 10.0) : QJsonValue(QJsonValue::Null)}});
    }
    return out;
}

std::optional<QJsonObject> VolunteerRecord::details(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT v.name, v.given_name, v.district, COALESCE(v.station_id, ''), v.skills,"
                                      " v.availability, v.week_availability, v.phone, v.hours_total, v.registered_at,"
                                      " COALESCE(s.district, ''),"
                                      " (SELECT COUNT(*) FROM ratings g WHERE g.volunteer_id = v.id),"
                                      " (SELECT AVG(CAST(g.stars AS %1)) FROM ratings g WHERE g.volunteer_id = v.id)"
                                      " FROM volunteers v LEFT JOIN stations s ON s.id = v.station_id WHERE v.id = ?")
                           .arg(realType(m_db)),
                       {number});
    if (!q || !q->next())
        return std::nullopt;
    const auto total = hoursOf(q->value(8).toDouble());
    const int ratingCount = q->value(11).toInt();
    QJsonObject v{{QStringLiteral("id"), number},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("name"), q->value(0).toString()},
                  {QStringLiteral("givenName"), q->value(1).toString()},
                  {QStringLiteral("district"), q->value(2).toString().isEmpty() ? q->value(10).toString() : q->value(2).toString()},
                  {QStringLiteral("stationId"), q->value(3).toString()},
                  {QStringLiteral("skills"), split(q->value(4).toString())},
                  {QStringLiteral("dayParts"), split(q->value(5).toString())},
                  {QStringLiteral("availability"), QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object()},
                  {QStringLiteral("phoneMasked"), core::maskPhone(q->value(7).toString())},
                  {QStringLiteral("registeredAt"), stationTime(q->value(9).toLongLong())},
                  {QStringLiteral("hoursTotal"), total.hours()},
                  {QStringLiteral("starLevel"), core::StarLevel::starsFor(total)}};
    const double average = ratingCount ? qRound(q->value(12).toDouble() * 10) / 10.0 : 0.0;
    q->finish();
    const auto next = core::StarLevel::toNextStar(total);
    v.insert(QStringLiteral("nextStarHours"), next ? QJsonValue(next->hours()) : QJsonValue(QJsonValue::Null));

    qint64 counted = 0;
    const auto months = hoursByMonth(number, &counted);
    const auto stationList = stations(number);
    const auto assignments = openAssignments(number);
    const auto recent = recentRatings(number);
    if (!months || !stationList || !assignments || !recent)
        return std::nullopt;
    v.insert(QStringLiteral("hoursByMonth"), *months);
    // Hours an import brought in (from before the kiosks) have no month: shown apart, so the
    // months and this add up to the total.
    v.insert(QStringLiteral("hoursBroughtIn"), qMax(0.0, total.hours() - core::VolunteerHours::fromHalfHours(counted).hours()));
    v.insert(QStringLiteral("stations"), *stationList);
    v.insert(QStringLiteral("openAssignments"), *assignments);
    v.insert(QStringLiteral("ratings"),
             QJsonObject{{QStringLiteral("count"), ratingCount},
                         {QStringLiteral("average"), ratingCount ? QJsonValue(average) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("recent"), *recent}});
    return v;
}

std::optional<QJsonArray> VolunteerRecord::stations(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT s.id, s.name, s.district FROM stations s WHERE s.id IN"
                                      " (SELECT v.station_id FROM volunteers v WHERE v.id = ?"
                                      "  UNION SELECT c.station_id FROM volunteer_checks c WHERE c.volunteer_id = ?)"
                                      " ORDER BY s.id"),
                       {number, number});
    if (!q)
        return std::nullopt;
    QJsonArray out;
    while (q->next())
        out.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                               {QStringLiteral("name"), q->value(1).toString()},
                               {QStringLiteral("district"), q->value(2).toString()}});
    return out;
}

std::optional<QJsonArray> VolunteerRecord::hoursByMonth(const QString &number, qint64 *countedHalfHours)
{
    // Counted spans only (assignments, and station duty a coordinator approved), by the station
    // month of the check-in, as the hours CSV for the volunteer system of record counts them.
    auto q = m_db.exec(QStringLiteral("SELECT checked_in_at, half_hours FROM volunteer_checks"
                                      " WHERE volunteer_id = ? AND counted = 1"),
                       {number});
    if (!q)
        return std::nullopt;
    QMap<QString, qint64> months;
    const QTimeZone zone = StationClock::now().timeZone();
    while (q->next()) {
        const QString month =
            QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), Qt::UTC).toTimeZone(zone).toString(QStringLiteral("yyyy-MM"));
        months[month] += q->value(1).toLongLong();
        *countedHalfHours += q->value(1).toLongLong();
    }
    QJsonArray out;
    for (auto it = months.begin(); it != months.end(); ++it)
        out.append(QJsonObject{{QStringLiteral("month"), it.key()},
                               {QStringLiteral("hours"), core::VolunteerHours::fromHalfHours(it.value()).hours()}});
    return out;
}

std::optional<QJsonArray> VolunteerRecord::openAssignments(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.record_id, a.station_id, COALESCE(a.agreed_at, ''), r.status, r.payload"
                                      " FROM assignments a JOIN records r ON r.id = a.record_id"
                                      " WHERE a.volunteer_id = ? AND a.withdrawn_at IS NULL"
                                      " AND r.status NOT IN ('done', 'cancelled') ORDER BY a.assigned_at"),
                       {number});
    if (!q)
        return std::nullopt;
    QJsonArray out;
    while (q->next()) {
        // The help type only: the request's other fields are the visitor's.
        const QString helpType =
            QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object().value(QStringLiteral("helpType")).toString();
        out.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                               {QStringLiteral("requestId"), q->value(1).toString()},
                               {QStringLiteral("stationId"), q->value(2).toString()},
                               {QStringLiteral("agreedAt"), q->value(3).toString()},
                               {QStringLiteral("status"), q->value(4).toString()},
                               {QStringLiteral("helpType"), helpType}});
    }
    return out;
}

std::optional<QJsonArray> VolunteerRecord::recentRatings(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT stars, received_at FROM ratings WHERE volunteer_id = ?"
                                      " ORDER BY received_at DESC, id LIMIT 10"),
                       {number});
    if (!q)
        return std::nullopt;
    QJsonArray out;
    while (q->next())
        out.append(QJsonObject{{QStringLiteral("stars"), q->value(0).toInt()},
                               {QStringLiteral("at"), stationTime(q->value(1).toLongLong())}});
    return out;
}

} // namespace server::console
