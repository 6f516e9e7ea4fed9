// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/servicesapi.h"

#include "server/catalogue.h"
#include "server/console/servicejson.h"
#include "server/console/servicetodayqueues.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/transaction.h"

#include <QJsonArray>

namespace server::console {

namespace {

ApiResponse storageFailed()
{
    return ApiResponse::error(503, QStringLiteral("storage_unavailable"), QStringLiteral("storage is not available, try again"));
}

ApiResponse notFound(const QString &field = {})
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such record"), field);
}

} // namespace

QList<ConsoleRoute> ServicesApi::routes()
{
    const QString base = QStringLiteral("/console/api/");
    return {
        {QStringLiteral("GET"), base + QStringLiteral("services"), &ServicesApi::list},
        {QStringLiteral("POST"), base + QStringLiteral("services/{id}/closed-days"), &ServicesApi::closeDay},
        {QStringLiteral("GET"), base + QStringLiteral("services/{id}"), &ServicesApi::one},
        {QStringLiteral("POST"), base + QStringLiteral("services/{id}"), &ServicesApi::edit},
        {QStringLiteral("GET"), base + QStringLiteral("queues/today"), &ServicesApi::today},
    };
}

ApiResponse ServicesApi::list(const ConsoleCall &call)
{
    // The catalogue is city-wide: every role reads all of it.
    auto q = call.db.exec(QStringLiteral("SELECT code FROM services ORDER BY sort_order, code"));
    if (!q)
        return storageFailed();
    QStringList codes;
    while (q->next())
        codes.append(q->value(0).toString());
    q->finish();
    Catalogue catalogue(call.db);
    QJsonArray out;
    for (const QString &code : codes) {
        const auto service = catalogue.service(code);
        if (!service)
            return storageFailed();
        out.append(ServiceJson::toJson(*service));
    }
    return ApiResponse::json(200, {{QStringLiteral("services"), out}});
}

ApiResponse ServicesApi::one(const ConsoleCall &call)
{
    const auto service = Catalogue(call.db).service(call.pathArg);
    if (!service)
        return notFound();
    return ApiResponse::json(200, {{QStringLiteral("service"), ServiceJson::toJson(*service)}});
}

ApiResponse ServicesApi::edit(const ConsoleCall &call)
{
    // The catalogue is the same at every station: a station's staff cannot change it for all.
    if (call.scope.isStation())
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("services are changed by the district or city coordinators"));
    Transaction tx(call.db);
    if (!tx.isOpen())
        return storageFailed();
    Catalogue catalogue(call.db);
    auto service = catalogue.service(call.pathArg);
    if (!service)
        return notFound();
    QStringList changed;
    const ServiceJson::EditProblem problem = ServiceJson::apply(call.body, &*service, &changed);
    if (problem.status == 400)
        return ApiResponse::error(400, QStringLiteral("invalid_request"), problem.message, problem.field);
    if (problem.status == 422)
        return ApiResponse::error(422, QStringLiteral("invalid_field"), problem.message, problem.field);
    if (!catalogue.upsertService(*service)
        || !call.audit.record(call.user, QStringLiteral("changed"), QStringLiteral("service"), service->code, {},
                              QStringLiteral("changed: %1").arg(changed.join(QStringLiteral(", "))))
        || !tx.commit())
        return storageFailed();
    return ApiResponse::json(200, {{QStringLiteral("service"), ServiceJson::toJson(*service)}});
}

ApiResponse ServicesApi::closeDay(const ConsoleCall &call)
{
    const QJsonValue station = call.body.value(QStringLiteral("stationId"));
    if (!station.isString() || station.toString().isEmpty())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("the station is needed"),
                                  QStringLiteral("stationId"));
    const QDate day = QDate::fromString(call.body.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!day.isValid())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("a day like 2026-12-25"),
                                  QStringLiteral("date"));
    const QJsonValue serviceOnly = call.body.value(QStringLiteral("serviceOnly"));
    if (!serviceOnly.isUndefined() && !serviceOnly.isBool())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("true or false"),
                                  QStringLiteral("serviceOnly"));
    // A day gone by is not closed after the fact: its bookings happened or did not.
    if (day < StationClock::today())
        return ApiResponse::error(422, QStringLiteral("invalid_field"), QStringLiteral("the day has passed"),
                                  QStringLiteral("date"));
    Transaction tx(call.db);
    if (!tx.isOpen())
        return storageFailed();
    const QString stationId = station.toString();
    if (!call.scope.allowsStation(call.db, stationId))
        return notFound(QStringLiteral("stationId"));
    if (!call.db.scalar(QStringLiteral("SELECT 1 FROM services WHERE code = ?"), {call.pathArg}).isValid())
        return notFound();
    const QString only = serviceOnly.toBool(false) ? call.pathArg : QString();
    const auto closed = SlotBoard(call.db).closeDay(stationId, day, only);
    if (!closed
        || !call.audit.record(call.user, QStringLiteral("changed"), QStringLiteral("station"), stationId,
                              stationId,
                              QStringLiteral("day %1 closed (%2): %3 times")
                                  .arg(day.toString(Qt::ISODate), only.isEmpty() ? QStringLiteral("all services") : only)
                                  .arg(*closed))
        || !tx.commit())
        return storageFailed();
    return ApiResponse::json(200, {{QStringLiteral("closedSlots"), *closed}});
}

ApiResponse ServicesApi::today(const ConsoleCall &call)
{
    const QString station = call.request.query.queryItemValue(QStringLiteral("station"), QUrl::FullyDecoded);
    if (!station.isEmpty() && !call.scope.allowsStation(call.db, station))
        return notFound(QStringLiteral("station"));
    const QDate day = StationClock::today();
    const auto services = ServiceTodayQueues(call.db).services(call.scope, day, station);
    if (!services)
        return storageFailed();
    return ApiResponse::json(200, {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("services"), *services}});
}

} // namespace server::console
