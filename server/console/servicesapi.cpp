// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/servicesapi.h"

#include "server/catalogue.h"
#include "server/console/consolerouter.h"
#include "server/console/serviceclosedays.h"
#include "server/console/servicejson.h"
#include "server/console/servicetodayqueues.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/transaction.h"

#include <QJsonArray>

namespace server::console {

namespace {

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
        // Before services/{id}, so "closed-days" is never taken for a service code.
        {QStringLiteral("GET"), base + QStringLiteral("services/closed-days"), &ServicesApi::closedDays},
        {QStringLiteral("POST"), base + QStringLiteral("services/closed-days/{id}/reopen"), &ServicesApi::reopenDay},
        {QStringLiteral("POST"), base + QStringLiteral("services/{id}/closed-days"), &ServicesApi::closeDay},
        {QStringLiteral("GET"), base + QStringLiteral("services/{id}"), &ServicesApi::one},
        {QStringLiteral("POST"), base + QStringLiteral("services/{id}"), &ServicesApi::edit},
        {QStringLiteral("GET"), base + QStringLiteral("queues/today"), &ServicesApi::today},
    };
}

ApiResponse ServicesApi::list(const ConsoleCall &call)
{
    // The catalogue is city-wide: every role reads all of it, in one query.
    const auto services = Catalogue(call.db).services();
    if (!services)
        return ConsoleRouter::storageUnavailable();
    QJsonArray out;
    for (const ServiceDefinition &service : *services)
        out.append(ServiceJson::toJson(service));
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
        return ConsoleRouter::storageUnavailable();
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
        return ConsoleRouter::storageUnavailable();
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
    const QJsonValue reasonValue = call.body.value(QStringLiteral("reason"));
    if (!reasonValue.isUndefined() && (!reasonValue.isString() || reasonValue.toString().trimmed().size() > 200))
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("a reason of at most 200 characters"),
                                  QStringLiteral("reason"));
    // A day gone by is not closed after the fact: its bookings happened or did not.
    if (day < StationClock::today())
        return ApiResponse::error(422, QStringLiteral("invalid_field"), QStringLiteral("the day has passed"),
                                  QStringLiteral("date"));
    Transaction tx(call.db);
    if (!tx.isOpen())
        return ConsoleRouter::storageUnavailable();
    const QString stationId = station.toString();
    if (!call.scope.allowsStation(call.db, stationId))
        return notFound(QStringLiteral("stationId"));
    if (!call.db.scalar(QStringLiteral("SELECT 1 FROM services WHERE code = ?"), {call.pathArg}).isValid())
        return notFound();
    const QString only = serviceOnly.toBool(false) ? call.pathArg : QString();
    const QString reason = call.body.value(QStringLiteral("reason")).toString().trimmed();
    SlotBoard board(call.db);
    const auto closed = board.closeDay(stationId, day, only, reason, call.user.login);
    bool failed = false;
    const auto kept = board.closedDay(stationId, day, only, &failed);
    // The visitors already booked that day keep their booking (and the station its phone
    // number) until staff have called them: the answer names them for that call.
    const auto bookings = ServiceClosedDays(call.db).confirmedBookings(stationId, day, only);
    if (!closed || !kept || !bookings
        || !call.audit.record(call.user, QStringLiteral("changed"), QStringLiteral("station"), stationId,
                              stationId,
                              QStringLiteral("day %1 closed (%2): %3 times, %4 bookings to call")
                                  .arg(day.toString(Qt::ISODate), only.isEmpty() ? QStringLiteral("all services") : only)
                                  .arg(*closed)
                                  .arg(bookings->size()))
        || !tx.commit())
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("closedSlots"), *closed},
                                   {QStringLiteral("closedDayId"), QString::number(kept->id)},
                                   {QStringLiteral("bookings"), *bookings}});
}

ApiResponse ServicesApi::closedDays(const ConsoleCall &call)
{
    const QString station = call.request.query.queryItemValue(QStringLiteral("station"), QUrl::FullyDecoded).left(100);
    if (!station.isEmpty() && !call.scope.allowsStation(call.db, station))
        return notFound(QStringLiteral("station"));
    const auto days = ServiceClosedDays(call.db).list(call.scope, station, StationClock::today());
    if (!days)
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("closedDays"), *days}});
}

ApiResponse ServicesApi::reopenDay(const ConsoleCall &call)
{
    bool ok = false;
    const qint64 id = call.pathArg.toLongLong(&ok);
    if (!ok)
        return notFound();
    Transaction tx(call.db);
    if (!tx.isOpen())
        return ConsoleRouter::storageUnavailable();
    SlotBoard board(call.db);
    bool failed = false;
    const auto closed = board.closedDay(id, &failed);
    if (failed)
        return ConsoleRouter::storageUnavailable();
    if (!closed || !call.scope.allowsStation(call.db, closed->stationId))
        return notFound();
    if (closed->day < StationClock::today())
        return ApiResponse::error(422, QStringLiteral("invalid_field"), QStringLiteral("the day has passed"));
    if (!board.reopenDay(*closed))
        return ConsoleRouter::storageUnavailable();
    // The day gets back the times its pattern gives (those closed are opened above, those never
    // made because the day was closed are made now); each is a slot row the kiosks receive.
    const auto services = Catalogue(call.db).services();
    if (!services)
        return ConsoleRouter::storageUnavailable();
    int opened = 0;
    for (const ServiceDefinition &service : *services) {
        if (!service.bookable || (!closed->serviceCode.isEmpty() && service.code != closed->serviceCode))
            continue;
        const auto made = board.generate(closed->stationId, service, closed->day, closed->day);
        if (!made)
            return ConsoleRouter::storageUnavailable();
        opened += made->created;
    }
    const QString date = closed->day.toString(Qt::ISODate);
    if (!call.audit.record(call.user, QStringLiteral("changed"), QStringLiteral("station"), closed->stationId, closed->stationId,
                           QStringLiteral("day %1 reopened (%2): %3 times made")
                               .arg(date, closed->serviceCode.isEmpty() ? QStringLiteral("all services") : closed->serviceCode)
                               .arg(opened))
        || !tx.commit())
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("date"), date}, {QStringLiteral("stationId"), closed->stationId},
                                   {QStringLiteral("createdSlots"), opened}});
}

ApiResponse ServicesApi::today(const ConsoleCall &call)
{
    const QString station = call.request.query.queryItemValue(QStringLiteral("station"), QUrl::FullyDecoded);
    if (!station.isEmpty() && !call.scope.allowsStation(call.db, station))
        return notFound(QStringLiteral("station"));
    const QDate day = StationClock::today();
    const auto services = ServiceTodayQueues(call.db).services(call.scope, day, station);
    if (!services)
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("services"), *services}});
}

} // namespace server::console
