// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/auditapi.h"

#include "server/console/planfilter.h"
#include "server/stationclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace server::console {

namespace {

/// The rows the user may see (see AuditApi).
PlanFilter::Sql scopeOf(const ConsoleScope &scope)
{
    const ConsoleUser &user = scope.user();
    if (scope.isDistrict() && !user.district.isEmpty()) {
        PlanFilter::Sql sql{QStringLiteral("(%1 OR a.login IN (SELECT login FROM console_users WHERE district = ?))")
                                .arg(scope.clause(QStringLiteral("a.station_id"))),
                            scope.values()};
        sql.values.append(user.district);
        return sql;
    }
    return {scope.clause(QStringLiteral("a.station_id")), scope.values()};
}

/// A from= or to= bound: a day on the stations' clock (yyyy-MM-dd; `to` takes the whole day) or
/// an ISO 8601 time with its offset. nullopt when it is neither.
std::optional<qint64> boundOf(const QString &text, bool end)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(end ? day.addDays(1) : day, QTime(0, 0), StationClock::now().timeZone()).toMSecsSinceEpoch()
             - (end ? 1 : 0);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() != Qt::LocalTime)
        return at.toMSecsSinceEpoch();
    return std::nullopt;
}

ApiResponse invalid(const QString &field, const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("invalid_request"), message, field);
}

} // namespace

QList<ConsoleRoute> AuditApi::routes()
{
    return {{QStringLiteral("GET"), QStringLiteral("/console/api/audit"), &AuditApi::list}};
}

ApiResponse AuditApi::list(const ConsoleCall &call)
{
    const QUrlQuery &query = call.request.query;
    auto value = [&](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed(); };
    PlanFilter::Sql where = scopeOf(call.scope);
    for (const char *name : {"login", "entity", "action"}) {
        const QString wanted = value(name);
        if (!wanted.isEmpty())
            where.also({QStringLiteral("a.%1 = ?").arg(QLatin1String(name)), {wanted}}); // a column of the fixed list
    }
    for (const char *name : {"from", "to"}) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        const bool end = name == std::string_view("to");
        const auto bound = boundOf(text, end);
        if (!bound)
            return invalid(QLatin1String(name),
                           QStringLiteral("%1 must be a day like 2026-11-30 or a time with its offset").arg(QLatin1String(name)));
        where.also({end ? QStringLiteral("a.at <= ?") : QStringLiteral("a.at >= ?"), {*bound}});
    }
    bool ok = true;
    const QString limitText = value("limit");
    const int limit = limitText.isEmpty() ? defaultLimit : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > maxLimit)
        return invalid(QStringLiteral("limit"), QStringLiteral("limit must be 1 to %1").arg(maxLimit));
    const QString offsetText = value("offset");
    const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&ok);
    if (!ok || offset < 0)
        return invalid(QStringLiteral("offset"), QStringLiteral("offset must be 0 or more"));

    const QVariant total =
        call.db.scalar(QStringLiteral("SELECT COUNT(*) FROM console_audit a WHERE ") + where.condition, where.values);
    QVariantList values = where.values;
    values << limit << offset;
    auto q = call.db.exec(QStringLiteral("SELECT a.at, a.login, COALESCE(u.display_name, ''), a.action, a.entity,"
                                         " a.entity_id, a.station_id, a.detail FROM console_audit a"
                                         " LEFT JOIN console_users u ON u.login = a.login WHERE ")
                              + where.condition + QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?"),
                          values);
    if (!total.isValid() || !q)
        return ApiResponse::error(503, QStringLiteral("storage_unavailable"), QStringLiteral("the audit could not be read"));
    const QTimeZone zone = StationClock::now().timeZone();
    QJsonArray entries;
    while (q->next())
        entries.append(QJsonObject{
            {QStringLiteral("at"),
             QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), zone).toString(Qt::ISODateWithMs)},
            {QStringLiteral("login"), q->value(1).toString()},
            {QStringLiteral("displayName"), q->value(2).toString()},
            {QStringLiteral("action"), q->value(3).toString()},
            {QStringLiteral("entity"), q->value(4).toString()},
            {QStringLiteral("entityId"), q->value(5).toString()},
            {QStringLiteral("stationId"), q->value(6).toString()},
            {QStringLiteral("detail"), q->value(7).toString()},
        });
    return ApiResponse::json(200, {{QStringLiteral("entries"), entries}, {QStringLiteral("total"), total.toLongLong()}});
}

} // namespace server::console
