// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/planfilter.h"

#include "server/console/planmonth.h"

namespace server::console {

PlanFilter::Sql &PlanFilter::Sql::also(const Sql &more)
{
    condition = condition.isEmpty() ? more.condition : condition + QStringLiteral(" AND ") + more.condition;
    values.append(more.values);
    return *this;
}

std::optional<PlanFilter> PlanFilter::fromQuery(const QUrlQuery &query, const ConsoleScope &scope, QString *field,
                                                QString *problem)
{
    PlanFilter filter(scope);
    for (const char *name : {"from", "to"}) {
        const QString key = QString::fromLatin1(name);
        const QString text = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
        if (text.isEmpty())
            continue;
        const auto month = PlanMonth::parse(text);
        if (!month) {
            *field = key;
            *problem = QStringLiteral("%1 must be a month like 2026-11").arg(key);
            return std::nullopt;
        }
        (key == u"from" ? filter.m_from : filter.m_to) = *month;
    }
    if (filter.m_from && filter.m_to && *filter.m_to < *filter.m_from) {
        *field = QStringLiteral("to");
        *problem = QStringLiteral("to must not be before from");
        return std::nullopt;
    }
    const QDate spanFrom = filter.m_from.value_or(filter.m_to.value_or(PlanMonth::current()));
    const QDate spanTo = filter.m_to.value_or(std::max(PlanMonth::current(), spanFrom));
    if (filter.m_from && PlanMonth::count(spanFrom, spanTo) > maxMonths) {
        *field = QStringLiteral("from");
        *problem = QStringLiteral("at most %1 months at a time").arg(maxMonths);
        return std::nullopt;
    }
    filter.m_district = query.queryItemValue(QStringLiteral("district"), QUrl::FullyDecoded).trimmed().left(100);
    filter.m_station = query.queryItemValue(QStringLiteral("station"), QUrl::FullyDecoded).trimmed().left(100);
    return filter;
}

PlanFilter::Sql PlanFilter::stations(const QString &s) const
{
    Sql sql{m_scope.clause(s + QStringLiteral(".id")), m_scope.values()};
    if (!m_district.isEmpty())
        sql.also({s + QStringLiteral(".district = ?"), {m_district}});
    if (!m_station.isEmpty())
        sql.also({s + QStringLiteral(".id = ?"), {m_station}});
    return sql;
}

PlanFilter::Sql PlanFilter::volunteers() const
{
    Sql sql;
    const ConsoleUser &user = m_scope.user();
    if (m_scope.isDistrict() && !user.district.isEmpty()) {
        // A volunteer approved without a station still belongs to the district they chose.
        sql = {QStringLiteral("(%1 OR (s.id IS NULL AND v.district = ?))").arg(m_scope.clause(QStringLiteral("v.station_id"))),
               m_scope.values()};
        sql.values.append(user.district);
    } else {
        sql = {m_scope.clause(QStringLiteral("v.station_id")), m_scope.values()};
    }
    if (!m_district.isEmpty())
        sql.also({QStringLiteral("COALESCE(s.district, v.district) = ?"), {m_district}});
    if (!m_station.isEmpty())
        sql.also({QStringLiteral("v.station_id = ?"), {m_station}});
    return sql;
}

PlanFilter::Sql PlanFilter::period(const QString &msColumn) const
{
    Sql sql{QStringLiteral("1=1"), {}};
    if (m_from)
        sql.also({msColumn + QStringLiteral(" >= ?"), {PlanMonth::startMs(*m_from)}});
    if (m_to)
        sql.also({msColumn + QStringLiteral(" < ?"), {PlanMonth::endMs(*m_to)}});
    return sql;
}

std::optional<qint64> PlanFilter::periodEndMs() const
{
    if (!m_to)
        return std::nullopt;
    return PlanMonth::endMs(*m_to);
}

QString PlanFilter::describe() const
{
    QStringList words;
    if (m_from || m_to)
        words.append(QStringLiteral("months %1 to %2")
                         .arg(m_from ? PlanMonth::name(*m_from) : QStringLiteral("the first"),
                              m_to ? PlanMonth::name(*m_to) : QStringLiteral("now")));
    if (!m_district.isEmpty())
        words.append(QStringLiteral("district %1").arg(m_district));
    if (!m_station.isEmpty())
        words.append(QStringLiteral("station %1").arg(m_station));
    return words.isEmpty() ? QStringLiteral("all months") : words.join(QStringLiteral(", "));
}

} // namespace server::console
