// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/planfigures.h"

#include "server/console/planmonth.h"
#include "server/database.h"
#include "server/statistics.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace server::console {

namespace {

/// The figures of one group (a month, a district, a station, a kind).
struct Counts
{
    qint64 personTimes = 0;
    qint64 persons = 0;
    qint64 volunteersRegistered = 0;
    qint64 volunteersActive = 0;
};

using Groups = QMap<QString, Counts>;

/// The joins and conditions of the three sources every figure is counted from.
struct Sources
{
    QString records, volunteers, checks;
    QVariantList recordValues, volunteerValues, checkValues;
};

Sources sourcesOf(const PlanFilter &filter)
{
    Sources src;
    PlanFilter::Sql records{Statistics::personTimeCondition(QStringLiteral("r.")), {}};
    records.also(filter.stations()).also(filter.period(QStringLiteral("r.status_changed_at")));
    src.records = QStringLiteral(" FROM records r JOIN stations s ON s.id = r.station_id WHERE ") + records.condition;
    src.recordValues = records.values;

    PlanFilter::Sql volunteers = filter.volunteers();
    volunteers.also(filter.period(QStringLiteral("v.registered_at")));
    src.volunteers = QStringLiteral(" FROM volunteers v LEFT JOIN stations s ON s.id = v.station_id WHERE ")
                   + volunteers.condition;
    src.volunteerValues = volunteers.values;

    // Active: counted service at a station in scope, in the activeDays up to the period's end.
    const std::optional<qint64> end = filter.periodEndMs();
    const qint64 windowEnd = end.value_or(QDateTime::currentMSecsSinceEpoch());
    PlanFilter::Sql checks{Statistics::activeCheckCondition(QStringLiteral("c.")),
                           {windowEnd - qint64(Statistics::activeDays) * 24 * 3600 * 1000}};
    if (end)
        checks.also({QStringLiteral("c.checked_in_at < ?"), {*end}});
    checks.also(filter.stations());
    src.checks = QStringLiteral(" FROM volunteer_checks c JOIN stations s ON s.id = c.station_id WHERE ") + checks.condition;
    src.checkValues = checks.values;
    return src;
}

/// Runs "SELECT key, n [, m] ..." and adds each row's numbers into `groups` through `add`.
bool collect(Database &db, const QString &sql, const QVariantList &values, Groups &groups,
             void (*add)(Counts &, const QSqlQuery &))
{
    auto q = db.exec(sql, values);
    if (!q)
        return false;
    while (q->next())
        add(groups[q->value(0).toString()], *q);
    return true;
}

void addServed(Counts &c, const QSqlQuery &q)
{
    c.personTimes += q.value(1).toLongLong();
    c.persons += q.value(2).toLongLong();
}
void addRegistered(Counts &c, const QSqlQuery &q)
{
    c.volunteersRegistered += q.value(1).toLongLong();
}
void addActive(Counts &c, const QSqlQuery &q)
{
    c.volunteersActive += q.value(1).toLongLong();
}

/// The three grouped counts by one key expression for each source (empty: that source is left out).
bool grouped(Database &db, const Sources &src, const QString &recordKey, const QString &volunteerKey,
             const QString &checkKey, Groups &groups)
{
    const QString persons = Statistics::personsExpression(QStringLiteral("r."));
    if (!collect(db, QStringLiteral("SELECT %1, COUNT(*), %2").arg(recordKey, persons) + src.records
                         + QStringLiteral(" GROUP BY %1").arg(recordKey),
                 src.recordValues, groups, addServed))
        return false;
    if (!volunteerKey.isEmpty()
        && !collect(db, QStringLiteral("SELECT %1, COUNT(*)").arg(volunteerKey) + src.volunteers
                            + QStringLiteral(" GROUP BY %1").arg(volunteerKey),
                    src.volunteerValues, groups, addRegistered))
        return false;
    return checkKey.isEmpty()
        || collect(db, QStringLiteral("SELECT %1, COUNT(DISTINCT c.volunteer_id)").arg(checkKey) + src.checks
                           + QStringLiteral(" GROUP BY %1").arg(checkKey),
                   src.checkValues, groups, addActive);
}

QJsonObject countsJson(const Counts &c, bool withActive)
{
    QJsonObject o{{QStringLiteral("personTimes"), c.personTimes},
                  {QStringLiteral("persons"), c.persons},
                  {QStringLiteral("volunteersRegistered"), c.volunteersRegistered}};
    if (withActive)
        o.insert(QStringLiteral("volunteersActive"), c.volunteersActive);
    return o;
}

} // namespace

const QStringList &PlanFigures::tables()
{
    static const QStringList names{QStringLiteral("byMonth"), QStringLiteral("byDistrict"), QStringLiteral("byStation"),
                                   QStringLiteral("byKind")};
    return names;
}

std::optional<QJsonObject> PlanFigures::compute(const PlanFilter &filter)
{
    const Sources src = sourcesOf(filter);

    // Totals: persons are counted over the whole selection (a person served in two months is one).
    auto served = m_db.exec(QStringLiteral("SELECT COUNT(*), ") + Statistics::personsExpression(QStringLiteral("r."))
                                + src.records,
                            src.recordValues);
    if (!served || !served->next())
        return std::nullopt;
    const qint64 personTimes = served->value(0).toLongLong();
    const qint64 persons = served->value(1).toLongLong();
    const QVariant registered = m_db.scalar(QStringLiteral("SELECT COUNT(*)") + src.volunteers, src.volunteerValues);
    const QVariant active = m_db.scalar(QStringLiteral("SELECT COUNT(DISTINCT c.volunteer_id)") + src.checks, src.checkValues);
    if (!registered.isValid() || !active.isValid())
        return std::nullopt;

    // By month: every month of the span, the empty ones too, so a chart shows the gaps.
    Groups months;
    if (!grouped(m_db, src, PlanMonth::sqlMonthOf(m_db, QStringLiteral("r.status_changed_at")),
                 PlanMonth::sqlMonthOf(m_db, QStringLiteral("v.registered_at")), {}, months))
        return std::nullopt;
    QDate first = filter.from().value_or(std::min(PlanMonth::current(), filter.to().value_or(PlanMonth::current())));
    QDate last = filter.to().value_or(std::max(PlanMonth::current(), first));
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const auto month = PlanMonth::parse(it.key());
        if (month && !filter.from())
            first = std::min(first, *month);
        if (month && !filter.to())
            last = std::max(last, *month);
    }
    if (last < first)
        last = first;
    QJsonArray byMonth;
    for (const QString &month : PlanMonth::between(first, last)) {
        QJsonObject o = countsJson(months.value(month), false);
        o.insert(QStringLiteral("month"), month);
        byMonth.append(o);
    }

    // By station: every station the filter selects, the quiet ones too (where service is thin).
    Groups stations;
    if (!grouped(m_db, src, QStringLiteral("r.station_id"), QStringLiteral("COALESCE(v.station_id, '')"),
                 QStringLiteral("c.station_id"), stations))
        return std::nullopt;
    const PlanFilter::Sql inScope = filter.stations();
    auto list = m_db.exec(QStringLiteral("SELECT s.id, s.name, s.district FROM stations s WHERE ") + inScope.condition
                              + QStringLiteral(" ORDER BY s.district, s.id"),
                          inScope.values);
    if (!list)
        return std::nullopt;
    QJsonArray byStation;
    QStringList districtNames;
    while (list->next()) {
        const QString id = list->value(0).toString();
        QJsonObject o = countsJson(stations.value(id), true);
        o.insert(QStringLiteral("stationId"), id);
        o.insert(QStringLiteral("stationName"), list->value(1).toString());
        o.insert(QStringLiteral("district"), list->value(2).toString());
        byStation.append(o);
        if (!districtNames.contains(list->value(2).toString()))
            districtNames.append(list->value(2).toString());
    }

    // By district: the selected stations' districts, and those of volunteers without a station.
    Groups districts;
    if (!grouped(m_db, src, QStringLiteral("s.district"), QStringLiteral("COALESCE(s.district, v.district)"),
                 QStringLiteral("s.district"), districts))
        return std::nullopt;
    for (auto it = districts.cbegin(); it != districts.cend(); ++it) {
        if (!districtNames.contains(it.key()))
            districtNames.append(it.key());
    }
    districtNames.sort();
    QJsonArray byDistrict;
    for (const QString &district : std::as_const(districtNames)) {
        QJsonObject o = countsJson(districts.value(district), true);
        o.insert(QStringLiteral("district"), district);
        byDistrict.append(o);
    }

    // By kind of help: person-times only (persons of one kind would not add up to anything).
    auto kinds = m_db.exec(QStringLiteral("SELECT r.kind, COUNT(*)") + src.records
                               + QStringLiteral(" GROUP BY r.kind ORDER BY COUNT(*) DESC, r.kind"),
                           src.recordValues);
    if (!kinds)
        return std::nullopt;
    QJsonArray byKind;
    while (kinds->next())
        byKind.append(QJsonObject{{QStringLiteral("kind"), kinds->value(0).toString()},
                                  {QStringLiteral("personTimes"), kinds->value(1).toLongLong()}});

    return QJsonObject{
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("volunteers"), Statistics::volunteerTarget},
                                                {QStringLiteral("personTimes"), Statistics::personTimesTarget}}},
        {QStringLiteral("volunteersRegistered"), registered.toLongLong()},
        {QStringLiteral("volunteersActive"), active.toLongLong()},
        {QStringLiteral("personTimes"), personTimes},
        {QStringLiteral("personsServed"), persons},
        {QStringLiteral("personsCountedPer"), QStringLiteral("station")},
        {QStringLiteral("activeDays"), Statistics::activeDays},
        {QStringLiteral("from"), PlanMonth::name(first)},
        {QStringLiteral("to"), PlanMonth::name(last)},
        {QStringLiteral("byMonth"), byMonth},
        {QStringLiteral("byDistrict"), byDistrict},
        {QStringLiteral("byStation"), byStation},
        {QStringLiteral("byKind"), byKind},
    };
}

} // namespace server::console
