// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/figuresapi.h"

#include "server/console/figurescsv.h"
#include "server/console/planfigures.h"
#include "server/console/planfilter.h"

#include <QJsonArray>

namespace server::console {

namespace {

ApiResponse storageUnavailable()
{
    return ApiResponse::error(503, QStringLiteral("storage_unavailable"), QStringLiteral("the figures could not be read"));
}

/// The filter of the request, or the 400 that says which value is wrong.
std::optional<PlanFilter> filterOf(const ConsoleCall &call, ApiResponse *refusal)
{
    QString field, problem;
    auto filter = PlanFilter::fromQuery(call.request.query, call.scope, &field, &problem);
    if (!filter)
        *refusal = ApiResponse::error(400, QStringLiteral("invalid_request"), problem, field);
    return filter;
}

} // namespace

QList<ConsoleRoute> FiguresApi::routes()
{
    return {
        {QStringLiteral("GET"), QStringLiteral("/console/api/figures"), &FiguresApi::figures},
        {QStringLiteral("GET"), QStringLiteral("/console/api/figures/export"), &FiguresApi::exportTable},
    };
}

ApiResponse FiguresApi::figures(const ConsoleCall &call)
{
    ApiResponse refusal;
    const auto filter = filterOf(call, &refusal);
    if (!filter)
        return refusal;
    const auto figures = PlanFigures(call.db).compute(*filter);
    if (!figures)
        return storageUnavailable();
    return ApiResponse::json(200, *figures);
}

ApiResponse FiguresApi::exportTable(const ConsoleCall &call)
{
    const QString table = call.request.query.queryItemValue(QStringLiteral("table"), QUrl::FullyDecoded);
    if (!PlanFigures::tables().contains(table))
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("table must be one of %1").arg(PlanFigures::tables().join(u", ")),
                                  QStringLiteral("table"));
    ApiResponse refusal;
    const auto filter = filterOf(call, &refusal);
    if (!filter)
        return refusal;
    const auto figures = PlanFigures(call.db).compute(*filter);
    if (!figures)
        return storageUnavailable();
    // No file leaves without its audit row: a failed row answers 503 and sends nothing. The row
    // belongs to the station asked for, else to a station user's own (so their staff see it).
    const QString station = filter->station().isEmpty() ? call.user.stationId : filter->station();
    if (!call.audit.record(call.user, QStringLiteral("exported"), QStringLiteral("figures"), table, station,
                           QStringLiteral("table %1, %2").arg(table, filter->describe())))
        return storageUnavailable();
    const QString language = call.request.query.queryItemValue(QStringLiteral("lang")) == u"en" ? QStringLiteral("en")
                                                                                                 : QStringLiteral("zh");
    ApiResponse answer{200, FiguresCsv::write(table, figures->value(table).toArray(), language), {}};
    answer.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv; charset=utf-8")});
    answer.headers.append({QByteArrayLiteral("Content-Disposition"),
                           QByteArrayLiteral("attachment; filename=\"") + FiguresCsv::fileName(table).toLatin1() + '"'});
    return answer;
}

} // namespace server::console
