// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/workqueueapi.h"

#include "core/masking.h"
#include "server/console/queueactions.h"
#include "server/console/queuehistory.h"
#include "server/console/queueidmask.h"
#include "server/console/queueitemreader.h"
#include "server/console/queuestatusrules.h"
#include "server/console/volunteerscope.h"
#include "server/volunteermatcher.h"

#include <QDateTime>
#include <QJsonArray>

namespace server::console {

namespace {

ApiResponse storageUnavailable()
{
    return ApiResponse::error(503, QStringLiteral("storage_unavailable"),
                              QStringLiteral("The database cannot be reached just now; try again in a moment."));
}

ApiResponse notFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such item in your queue."));
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// The item the path names, within the caller's scope; `answer` is set when there is none.
std::optional<QueueItem> itemOf(const ConsoleCall &call, ApiResponse *answer)
{
    bool failed = false;
    auto item = QueueItemReader(call.db, call.scope).find(call.pathArg, now(), &failed);
    if (!item)
        *answer = failed ? storageUnavailable() : notFound();
    return item;
}

/// A string field of the body, or its absence: a value of another type is refused.
std::optional<QString> text(const ConsoleCall &call, const char *field, ApiResponse *answer)
{
    const QJsonValue v = call.body.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString()) {
        *answer = ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("a text is expected"),
                                     QLatin1String(field));
        return std::nullopt;
    }
    return v.toString();
}

/// The answer of a change: the item as it is now.
ApiResponse changed(const ConsoleCall &call, const QueueActions::Outcome &outcome)
{
    using Kind = QueueActions::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Conflict: return ApiResponse::error(409, QStringLiteral("conflict"), outcome.message);
    case Kind::Invalid: return ApiResponse::error(422, QStringLiteral("invalid_field"), outcome.message, outcome.field);
    case Kind::Failed: return storageUnavailable();
    case Kind::Done: break;
    }
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    return ApiResponse::json(200, {{QStringLiteral("item"), item->toJson()}});
}

} // namespace

QList<ConsoleRoute> WorkQueueApi::routes()
{
    return {
        {QStringLiteral("GET"), QStringLiteral("/console/api/queue"), &WorkQueueApi::list},
        {QStringLiteral("GET"), QStringLiteral("/console/api/queue/{id}"), &WorkQueueApi::item},
        {QStringLiteral("POST"), QStringLiteral("/console/api/queue/{id}/phone"), &WorkQueueApi::phone},
        {QStringLiteral("GET"), QStringLiteral("/console/api/queue/{id}/suggestions"), &WorkQueueApi::suggestions},
        {QStringLiteral("POST"), QStringLiteral("/console/api/queue/{id}/assign"), &WorkQueueApi::assign},
        {QStringLiteral("POST"), QStringLiteral("/console/api/queue/{id}/status"), &WorkQueueApi::setStatus},
        {QStringLiteral("POST"), QStringLiteral("/console/api/queue/{id}/callback"), &WorkQueueApi::callBack},
    };
}

ApiResponse WorkQueueApi::list(const ConsoleCall &call)
{
    QString field;
    QString problem;
    const auto filter = QueueFilter::fromQuery(call.request.query, &field, &problem);
    if (!filter)
        return ApiResponse::error(400, QStringLiteral("invalid_request"), problem, field);
    int total = 0;
    const auto items = QueueItemReader(call.db, call.scope).list(*filter, now(), &total);
    if (!items)
        return storageUnavailable();
    // The rows carry volunteers' names and visitors' requests: who looked at which part of the
    // queue is kept like a look at one item, one row per answer, naming the filters only.
    const QString station = filter->stationId.isEmpty() && call.scope.isStation() ? call.user.stationId : filter->stationId;
    if (!call.audit.record(call.user, QStringLiteral("viewed"), QStringLiteral("queue"), {}, station, filter->describe()))
        return storageUnavailable();
    QJsonArray page;
    for (const QueueItem &item : *items)
        page.append(item.toJson());
    return ApiResponse::json(200, {{QStringLiteral("items"), page}, {QStringLiteral("total"), total}});
}

ApiResponse WorkQueueApi::item(const ConsoleCall &call)
{
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    const auto history = QueueHistory(call.db).of(*item);
    if (!history)
        return storageUnavailable();
    // Whoever opened a visitor's record is on the audit log before they see it.
    if (!call.audit.record(call.user, QStringLiteral("viewed"), QueueKinds::entity(item->kind), item->id, item->stationId))
        return storageUnavailable();
    QJsonArray allowed;
    for (const QString &s : QueueStatusRules::allowedStatuses(*item))
        allowed.append(s);
    return ApiResponse::json(
        200, {{QStringLiteral("item"), item->toJson()},
              {QStringLiteral("details"), item->details},
              {QStringLiteral("phoneMasked"), item->phone.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(core::maskPhone(item->phone))},
              {QStringLiteral("idMasked"), QueueIdMask::of(call.db, *item)},
              {QStringLiteral("history"), *history},
              {QStringLiteral("allowedStatuses"), allowed},
              {QStringLiteral("canAssign"), QueueStatusRules::canAssign(*item)},
              {QStringLiteral("canCallBack"), QueueStatusRules::canCallBack(*item)}});
}

ApiResponse WorkQueueApi::phone(const ConsoleCall &call)
{
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    if (item->phone.isEmpty())
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  QStringLiteral("No phone is kept for this item (none was given, or it was cleared once closed)."),
                                  QStringLiteral("phone"));
    // The number is shown only once the reveal is on the audit log.
    if (!call.audit.record(call.user, QStringLiteral("revealed_phone"), QueueKinds::entity(item->kind), item->id,
                           item->stationId))
        return storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("phone"), item->phone}});
}

ApiResponse WorkQueueApi::suggestions(const ConsoleCall &call)
{
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    if (item->kind != QueueKind::Help)
        return ApiResponse::error(409, QStringLiteral("conflict"), QStringLiteral("only a help request is given a volunteer"));
    QString problem;
    // Only the volunteers this user may see (VolunteerScope), as the volunteers page shows them.
    const VolunteerScope volunteers(call.scope);
    const auto suggestions =
        VolunteerMatcher(call.db).suggest(item->id, &problem, {volunteers.clause(QStringLiteral("v")), volunteers.values()});
    if (!suggestions)
        return storageUnavailable();
    QJsonArray out;
    for (const VolunteerMatcher::Suggestion &s : *suggestions)
        out.append(s.toJson());
    return ApiResponse::json(200, {{QStringLiteral("suggestions"), out}});
}

ApiResponse WorkQueueApi::assign(const ConsoleCall &call)
{
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    const auto volunteer = text(call, "volunteerId", &answer);
    const auto agreedAt = volunteer ? text(call, "agreedAt", &answer) : std::nullopt;
    const auto note = agreedAt ? text(call, "note", &answer) : std::nullopt;
    if (!note)
        return answer;
    return changed(call, QueueActions(call.db, call.audit, call.user).assign(*item, *volunteer, *agreedAt, *note));
}

ApiResponse WorkQueueApi::setStatus(const ConsoleCall &call)
{
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    const auto status = text(call, "status", &answer);
    const auto note = status ? text(call, "note", &answer) : std::nullopt;
    const auto reason = note ? text(call, "reason", &answer) : std::nullopt;
    if (!reason)
        return answer;
    if (status->isEmpty())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("the new status is needed"),
                                  QStringLiteral("status"));
    const QJsonValue placeValue = call.body.value(QStringLiteral("pickupPlace"));
    if (!placeValue.isUndefined() && !placeValue.isNull() && !placeValue.isObject())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("{zh, en} is expected"),
                                  QStringLiteral("pickupPlace"));
    const QJsonObject place = placeValue.toObject();
    const core::LocalizedText pickup{place.value(QStringLiteral("zh")).toString(), place.value(QStringLiteral("en")).toString()};
    return changed(call, QueueActions(call.db, call.audit, call.user).setStatus(*item, *status, *note, *reason, pickup));
}

ApiResponse WorkQueueApi::callBack(const ConsoleCall &call)
{
    ApiResponse answer;
    const auto item = itemOf(call, &answer);
    if (!item)
        return answer;
    const auto note = text(call, "note", &answer);
    if (!note)
        return answer;
    return changed(call, QueueActions(call.db, call.audit, call.user).callBack(*item, *note));
}

} // namespace server::console
