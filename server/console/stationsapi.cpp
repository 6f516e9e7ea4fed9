// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/stationsapi.h"

#include "server/console/consolerouter.h"
#include "server/console/stationconsolejson.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QDateTime>
#include <QJsonArray>

namespace server::console {

QList<ConsoleRoute> StationsApi::routes()
{
    const QString base = QStringLiteral("/console/api/stations");
    return {
        {QStringLiteral("GET"), base, &StationsApi::list},
        {QStringLiteral("POST"), base + QStringLiteral("/{id}/code"), &StationsApi::issueCode},
        {QStringLiteral("POST"), base + QStringLiteral("/{id}/revoke"), &StationsApi::revoke},
    };
}

ApiResponse StationsApi::list(const ConsoleCall &call)
{
    const auto stations = StationRegistry(call.db).where(call.scope.clause(QStringLiteral("id")), call.scope.values());
    if (!stations)
        return ConsoleRouter::storageUnavailable();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int minutes = call.settings.silentStationMinutes;
    QJsonArray out;
    for (const StationInfo &s : *stations)
        out.append(StationConsoleJson::toJson(s, now, minutes));
    return ApiResponse::json(200, {{QStringLiteral("silentAfterMinutes"), minutes}, {QStringLiteral("stations"), out}});
}

std::optional<ApiResponse> StationsApi::refuseChange(const ConsoleCall &call)
{
    // A station's own staff must not be able to shut their kiosk out or let another one in.
    if (call.scope.isStation())
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("enrollment codes and revocations are for district and city coordinators"));
    if (!call.scope.allowsStation(call.db, call.pathArg))
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such station"));
    return std::nullopt;
}

ApiResponse StationsApi::issueCode(const ConsoleCall &call)
{
    if (auto refused = refuseChange(call))
        return *refused;
    int days = defaultCodeDays;
    const QJsonValue asked = call.body.value(QStringLiteral("validDays"));
    if (!asked.isUndefined()) {
        if (!asked.isDouble() || asked.toDouble() != double(asked.toInt()) || asked.toInt() < 1 || asked.toInt() > maxCodeDays)
            return ApiResponse::error(422, QStringLiteral("invalid_field"),
                                      QStringLiteral("validDays must be a whole number from 1 to %1").arg(maxCodeDays),
                                      QStringLiteral("validDays"));
        days = asked.toInt();
    }
    const QJsonValue lift = call.body.value(QStringLiteral("liftRevocation"));
    if (!lift.isUndefined() && !lift.isBool())
        return ApiResponse::error(422, QStringLiteral("invalid_field"), QStringLiteral("liftRevocation must be true or false"),
                                  QStringLiteral("liftRevocation"));
    const bool liftRevocation = lift.toBool(false);
    StationRegistry stations(call.db);
    Transaction tx(call.db);
    if (!tx.isOpen())
        return ConsoleRouter::storageUnavailable();
    const auto before = stations.info(call.pathArg);
    if (!before)
        return ConsoleRouter::storageUnavailable();
    // A revocation stays until someone lifts it on purpose: a code for a revoked kiosk is made
    // only when the call says so (the page asks first), else nothing changes. Lifted, the
    // revoked credential stays withdrawn (unrevoke() drops it); the kiosk enrolls with the code.
    if (before->revoked && !liftRevocation)
        return ApiResponse::error(409, QStringLiteral("conflict"),
                                  QStringLiteral("the station is revoked: send liftRevocation true to lift it with a new code"),
                                  QStringLiteral("liftRevocation"));
    if (before->revoked && stations.unrevoke(call.pathArg) != StationRegistry::UnrevokeOutcome::Unrevoked)
        return ConsoleRouter::storageUnavailable();
    const auto code = stations.issueEnrollmentCode(call.pathArg, QString(), days);
    if (!code)
        return ConsoleRouter::storageUnavailable();
    const auto after = stations.info(call.pathArg);
    if (!after)
        return ConsoleRouter::storageUnavailable();
    const QString detail = QStringLiteral("enrollment code issued, valid %1 days%2")
                               .arg(days)
                               .arg(before->revoked ? QStringLiteral(", revocation lifted") : QString());
    if (!call.audit.record(call.user, QStringLiteral("changed"), QStringLiteral("station"), call.pathArg, call.pathArg, detail))
        return ConsoleRouter::storageUnavailable();
    if (!tx.commit())
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("code"), *code},
                                   {QStringLiteral("validUntil"), StationConsoleJson::time(after->enrollmentCodeValidUntil)}});
}

ApiResponse StationsApi::revoke(const ConsoleCall &call)
{
    if (auto refused = refuseChange(call))
        return *refused;
    StationRegistry stations(call.db);
    Transaction tx(call.db);
    if (!tx.isOpen())
        return ConsoleRouter::storageUnavailable();
    // From the next request on, the kiosk's token is answered 403 station_revoked, and an
    // unused code is withdrawn with it.
    if (!stations.revoke(call.pathArg))
        return ConsoleRouter::storageUnavailable();
    if (!call.audit.record(call.user, QStringLiteral("changed"), QStringLiteral("station"), call.pathArg, call.pathArg,
                           QStringLiteral("revoked")))
        return ConsoleRouter::storageUnavailable();
    if (!tx.commit())
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {});
}

} // namespace server::console
