// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/apirouter.h"

#include "core/idnumber.h"
#include "core/wire/enrollrequest.h"
#include "core/wire/jsonbody.h"
#include "core/wire/pushbatch.h"
#include "server/bookingdesk.h"
#include "server/registrationdesk.h"
#include "server/transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcApi, "kiosk.server.api")

namespace server {

namespace {

ApiResponse storageUnavailable()
{
    return ApiResponse::error(503, QStringLiteral("storage_unavailable"),
                              QStringLiteral("the server cannot reach its database; try again later"));
}

/// Parses a JSON object body or answers 400 `invalid_json` in the wire format's words.
std::optional<QJsonObject> objectBody(const QByteArray &body, ApiResponse *failure)
{
    core::wire::FieldProblem problem;
    auto object = core::wire::JsonBody::object(body, &problem);
    if (!object)
        *failure = ApiResponse::error(400, QStringLiteral("invalid_json"), problem.message);
    return object;
}

/// Matches "/v1/records/{id}" or "/v1/bookings/{id}/cancel" against a path; `arg` gets the
/// {id} segment.
bool matches(const QString &pattern, const QString &path, QString *arg)
{
    const qsizetype brace = pattern.indexOf(u'{');
    if (brace < 0)
        return pattern == path;
    const QStringView suffix = QStringView(pattern).mid(pattern.indexOf(u'}', brace) + 1);
    if (!path.startsWith(QStringView(pattern).left(brace)) || !path.endsWith(suffix))
        return false;
    const QString rest = path.mid(brace, path.size() - brace - suffix.size());
    if (rest.isEmpty() || rest.contains(u'/') || path.size() < brace + suffix.size())
        return false;
    *arg = rest;
    return true;
}

QJsonObject slotCounts(const std::optional<SlotBoard::Slot> &slot, const QString &slotId)
{
    return {{QStringLiteral("id"), slot ? slot->id : slotId},
            {QStringLiteral("capacity"), slot ? slot->capacity : 0},
            {QStringLiteral("taken"), slot ? slot->taken : 0}};
}

ApiResponse rateLimited(const QString &message, int retryAfterSeconds)
{
    ApiResponse r = ApiResponse::error(429, QStringLiteral("rate_limited"), message);
    r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfterSeconds)));
    return r;
}

} // namespace

ApiRouter::ApiRouter(Database &db, const ServerConfig &config, std::shared_ptr<SharedLimiters> limiters)
    : m_db(db), m_config(config), m_stations(db), m_records(db), m_feed(db), m_lookup(db),
      m_limiters(limiters ? std::move(limiters) : SharedLimiters::make(config)),
      m_console(std::make_unique<console::ConsoleRouter>(db, console::ConsoleSettings{}))
{
}

void ApiRouter::setConsole(const console::ConsoleSettings &settings, std::shared_ptr<console::SignInThrottle> throttle)
{
    m_console = std::make_unique<console::ConsoleRouter>(m_db, settings, std::move(throttle));
}

ApiResponse ApiRouter::handleConsoleRoute(const ApiRequest &request, const console::ConsoleRoute &route, const QString &pathArg)
{
    const QByteArray declaredLength = request.header("content-length");
    if (request.body.size() > m_config.maxBodyBytes || declaredLength.toLongLong() > m_config.maxBodyBytes) {
        ApiResponse r = bodyTooLarge(m_config.maxBodyBytes);
        console::ConsoleRouter::addSecurityHeaders(r);
        return r;
    }
    return m_console->handleRoute(request, route, pathArg);
}

ApiRouter::~ApiRouter()
{
    flush();
}

void ApiRouter::flush()
{
    if (m_relay && m_contactWrites == ContactWrites::OwnAndRelayed) {
        for (const QString &id : m_relay->take())
            m_stations.touch(id);
    }
    if (m_contactWrites != ContactWrites::HandToWriters)
        m_stations.flush();
}

void ApiRouter::setContactWrites(ContactWrites mode, std::shared_ptr<ContactRelay> relay)
{
    m_contactWrites = relay ? mode : ContactWrites::Own;
    m_relay = std::move(relay);
}

void ApiRouter::maintain()
{
    if (m_contactWrites == ContactWrites::HandToWriters)
        return;
    if (m_relay) {
        for (const QString &id : m_relay->take())
            m_stations.touch(id);
    }
    m_stations.flushIfDue();
}

ApiResponse ApiRouter::bodyTooLarge(int maxBodyBytes)
{
    return ApiResponse::error(413, QStringLiteral("body_too_large"),
                              QStringLiteral("the body may be at most %1 bytes").arg(maxBodyBytes));
}

ApiResponse ApiRouter::notMatched(const QString &path)
{
    QStringList allowed;
    for (const RouteInfo &r : routes()) {
        QString ignored;
        if (matches(r.pattern, path, &ignored))
            allowed.append(r.method);
    }
    if (allowed.isEmpty())
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
    ApiResponse r = ApiResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use %1").arg(allowed.join(u", ")));
    r.headers.append(QPair<QByteArray, QByteArray>("Allow", allowed.join(u", ").toLatin1()));
    return r;
}

QList<ApiRouter::RouteInfo> ApiRouter::routes()
{
    return {{QStringLiteral("GET"), QStringLiteral("/v1/health"), false},
            {QStringLiteral("POST"), QStringLiteral("/v1/stations/enroll"), false},
            {QStringLiteral("GET"), QStringLiteral("/v1/station"), true},
            {QStringLiteral("POST"), QStringLiteral("/v1/sync/push"), true},
            {QStringLiteral("GET"), QStringLiteral("/v1/sync/changes"), true},
            {QStringLiteral("GET"), QStringLiteral("/v1/records/{id}"), true},
            {QStringLiteral("POST"), QStringLiteral("/v1/certificates/lookup"), true},
            {QStringLiteral("POST"), QStringLiteral("/v1/bookings"), true},
            {QStringLiteral("POST"), QStringLiteral("/v1/bookings/{id}/cancel"), true},
            {QStringLiteral("POST"), QStringLiteral("/v1/volunteers/lookup"), true}};
}

ApiResponse ApiRouter::handle(const ApiRequest &request)
{
    if (console::ConsoleRouter::isConsoleApiPath(request.path)) {
        QString arg;
        const auto route = console::ConsoleRouter::match(request.method, request.path, &arg);
        if (!route)
            return console::ConsoleRouter::notMatched(request.path);
        return handleConsoleRoute(request, *route, arg);
    }
    for (const RouteInfo &r : routes()) {
        QString arg;
        if (r.method == request.method && matches(r.pattern, request.path, &arg))
            return handleRoute(request, r, arg);
    }
    return notMatched(request.path);
}

ApiResponse ApiRouter::handleRoute(const ApiRequest &request, const RouteInfo &routeInfo, const QString &arg)
{
    const QByteArray declaredLength = request.header("content-length");
    if (request.body.size() > m_config.maxBodyBytes || declaredLength.toLongLong() > m_config.maxBodyBytes)
        return bodyTooLarge(m_config.maxBodyBytes);
    const RouteInfo *route = &routeInfo;

    if (!route->authenticated) {
        if (route->pattern == u"/v1/health")
            return health(request);
        if (!m_limiters->enrollAddress.allow(request.remoteAddress))
            return rateLimited(QStringLiteral("too many requests"), m_limiters->enrollAddress.retryAfterSeconds(request.remoteAddress));
        return enroll(request);
    }

    StationRegistry::Auth auth;
    const QByteArray proxied = request.header("x-station-id");
    // X-Station-Id alone names nobody: only a request the HTTP layer found carrying the proxy's
    // shared secret may name its station (any local process could otherwise be any station).
    const bool proxyNamesStation = m_config.trustProxyHeader && request.fromTrustedProxy && !proxied.isEmpty();
    if (proxyNamesStation) {
        auth = m_stations.checkStation(QString::fromUtf8(proxied));
    } else {
        const QByteArray authorization = request.header("authorization");
        if (!authorization.startsWith("Bearer ")) {
            ApiResponse r = ApiResponse::error(401, QStringLiteral("missing_credential"),
                                               QStringLiteral("send Authorization: Bearer <station token>"));
            r.headers.append(QPair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
            return r;
        }
        auth = m_stations.authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
    }
    switch (auth.outcome) {
    case StationRegistry::AuthOutcome::Ok:
        break;
    case StationRegistry::AuthOutcome::Unknown:
        // Only unknown tokens are charged to the address, after the look-up (one indexed hash):
        // behind nginx every kiosk has the same address, and one kiosk with a dead token must
        // not get the valid ones answered 429.
        if (!proxyNamesStation && !m_limiters->unknownToken.allow(request.remoteAddress))
            return rateLimited(QStringLiteral("too many unknown station credentials from this address"),
                               m_limiters->unknownToken.retryAfterSeconds(request.remoteAddress));
        return ApiResponse::error(401, QStringLiteral("unknown_credential"), QStringLiteral("the station credential is not known"));
    case StationRegistry::AuthOutcome::Revoked:
        return ApiResponse::error(403, QStringLiteral("station_revoked"),
                                  QStringLiteral("this station's credential was revoked; ask the centre for a new enrollment code"));
    case StationRegistry::AuthOutcome::StorageError:
        return storageUnavailable();
    }
    if (!m_limiters->station.allow(auth.stationId))
        return rateLimited(QStringLiteral("too many requests from this station"), m_limiters->station.retryAfterSeconds(auth.stationId));

    ApiResponse response;
    if (route->pattern == u"/v1/station")
        response = station(auth.stationId);
    else if (route->pattern == u"/v1/sync/push")
        response = push(request, auth.stationId);
    else if (route->pattern == u"/v1/sync/changes")
        response = changes(request, auth.stationId);
    else if (route->pattern == u"/v1/records/{id}")
        response = record(auth.stationId, arg);
    else if (route->pattern == u"/v1/bookings")
        response = holdBooking(request, auth.stationId);
    else if (route->pattern == u"/v1/bookings/{id}/cancel")
        response = cancelBooking(auth.stationId, arg);
    else if (route->pattern == u"/v1/volunteers/lookup")
        response = lookupVolunteer(request, auth.stationId);
    else
        response = lookupCertificate(request, auth.stationId);
    if (response.status < 500 && route->pattern != u"/v1/sync/push") {
        if (m_contactWrites == ContactWrites::HandToWriters)
            m_relay->note(auth.stationId);
        else
            m_stations.touch(auth.stationId);
    }
    maintain();
    return response;
}

ApiResponse ApiRouter::health(const ApiRequest &)
{
    return ApiResponse::raw(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
}

ApiResponse ApiRouter::enroll(const ApiRequest &request)
{
    core::wire::FieldProblem problem;
    const auto body = core::wire::EnrollRequest::fromJson(request.body, &problem);
    if (!body) {
        return ApiResponse::json(400, problem.toJson(problem.field.isEmpty() ? QStringLiteral("invalid_json")
                                                                             : QStringLiteral("invalid_field")));
    }
    using Outcome = StationRegistry::Enrollment::Outcome;
    const StationRegistry::Enrollment result = m_stations.enroll(body->enrollmentCode, body->clientNonce);
    switch (result.outcome) {
    case Outcome::Enrolled:
        qCInfo(lcApi) << (result.retried ? "station enrollment answered again (retry):" : "station enrolled:")
                      << result.credential.stationId;
        return ApiResponse::json(200, result.credential.toJson());
    case Outcome::Revoked:
        return ApiResponse::error(403, QStringLiteral("station_revoked"),
                                  QStringLiteral("this station's access was withdrawn by the centre; a new enrollment "
                                                 "code does not restore it until the centre lifts the revocation"));
    case Outcome::StorageError:
        return storageUnavailable();
    case Outcome::Refused:
        break;
    }
    return ApiResponse::error(403, QStringLiteral("enrollment_refused"),
                              QStringLiteral("the enrollment code is unknown, used or expired"));
}

ApiResponse ApiRouter::station(const QString &stationId)
{
    const auto info = m_stations.info(stationId);
    if (!info)
        return storageUnavailable();
    return ApiResponse::json(200, info->toJson());
}

ApiResponse ApiRouter::push(const ApiRequest &request, const QString &stationId)
{
    core::wire::FieldProblem problem;
    const auto batch = core::wire::PushBatch::fromJson(request.body, &problem);
    if (!batch) {
        return ApiResponse::json(400, problem.toJson(problem.field.isEmpty() ? QStringLiteral("invalid_json")
                                                                             : QStringLiteral("invalid_field")));
    }
    const auto results = m_records.push(stationId, *batch);
    if (!results)
        return storageUnavailable();
    m_stations.touch(stationId, batch->backlog >= 0 ? batch->backlog : 0);
    // The kiosk's state is for the console only: a failed write is logged, the items stay stored.
    if (batch->station)
        m_stations.setHealth(stationId, *batch->station);
    QJsonArray array;
    for (const auto &r : *results)
        array.append(r.toJson());
    return ApiResponse::json(200, {{QStringLiteral("results"), array}});
}

ApiResponse ApiRouter::changes(const ApiRequest &request, const QString &stationId)
{
    qint64 since = 0;
    if (request.query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        since = request.query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return ApiResponse::error(400, QStringLiteral("invalid_field"),
                                      QStringLiteral("must be a cursor from an earlier answer, or 0"), QStringLiteral("since"));
    }
    int limit = core::wire::ChangesPage::defaultLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > core::wire::ChangesPage::maxLimit)
            return ApiResponse::error(400, QStringLiteral("invalid_field"),
                                      QStringLiteral("must be a whole number from 1 to %1").arg(core::wire::ChangesPage::maxLimit),
                                      QStringLiteral("limit"));
    }
    const auto page = m_feed.page(stationId, since, limit);
    if (!page)
        return storageUnavailable();
    return ApiResponse::raw(200, page->toJson());
}

ApiResponse ApiRouter::record(const QString &stationId, const QString &id)
{
    if (!core::wire::OutboxItem::isUuid(id))
        return ApiResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("must be a UUID"), QStringLiteral("id"));
    // Another station's record answers exactly like a missing one: no probing for ids.
    const auto r = m_records.record(stationId, id.toLower());
    if (!r)
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such record at this station"));
    return ApiResponse::json(200, *r);
}

ApiResponse ApiRouter::lookupCertificate(const ApiRequest &request, const QString &stationId)
{
    ApiResponse failure;
    const auto body = objectBody(request.body, &failure);
    if (!body)
        return failure;
    const QJsonValue idValue = body->value(QStringLiteral("idNumber"));
    if (!idValue.isString())
        return ApiResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("must be a string"),
                                  QStringLiteral("idNumber"));
    core::IdNumberProblem idProblem = core::IdNumberProblem::None;
    const auto id = core::IdNumber::parse(idValue.toString(), &idProblem);
    if (!id)
        return ApiResponse::error(400, QStringLiteral("invalid_field"),
                                  QStringLiteral("not a valid ID number: %1").arg(core::IdNumber::problemText(idProblem).english()),
                                  QStringLiteral("idNumber"));
    if (!m_limiters->lookup.allow(stationId)) {
        if (!m_lookup.recordRefused(stationId, id->number))
            return storageUnavailable();
        return rateLimited(QStringLiteral("too many certificate lookups from this station"),
                           m_limiters->lookup.retryAfterSeconds(stationId));
    }
    const auto answer = m_lookup.lookup(stationId, id->number);
    if (!answer)
        return storageUnavailable();
    // No ID number here, masked or not: the audit table is the one place that keeps it (masked).
    qCInfo(lcApi) << "certificate lookup by" << stationId << (answer->found ? "found" : "not found")
                  << (answer->otherDistrict ? "(other district)" : "");
    return ApiResponse::json(200, answer->toJson());
}

ApiResponse ApiRouter::holdBooking(const ApiRequest &request, const QString &stationId)
{
    ApiResponse failure;
    const auto body = objectBody(request.body, &failure);
    if (!body)
        return failure;
    BookingHold::Problem problem;
    const auto hold = BookingHold::read(*body, &problem);
    if (!hold)
        return ApiResponse::error(400, QStringLiteral("invalid_field"), problem.message, problem.field);
    Transaction tx(m_db);
    if (!tx.isOpen())
        return storageUnavailable();
    // A refusal is only told: the transaction is rolled back, nothing of it is stored.
    const BookingDesk::Answer a = BookingDesk(m_db).hold(stationId, *hold, BookingDesk::Refusal::Forget);
    using Outcome = BookingDesk::Outcome;
    switch (a.outcome) {
    case Outcome::Held:
        if (!tx.commit())
            return storageUnavailable();
        // No visitor key, code or phone in the log: the station and the slot only.
        qCInfo(lcApi) << "place held at" << stationId << "on" << hold->slotId;
        return ApiResponse::json(200, {{QStringLiteral("id"), hold->id},
                                       {QStringLiteral("status"), QStringLiteral("confirmed")},
                                       {QStringLiteral("slot"), slotCounts(a.slot, hold->slotId)}});
    case Outcome::Full: {
        ApiResponse r = ApiResponse::error(409, QStringLiteral("full"), a.message, a.field);
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("slot"), slotCounts(a.slot, hold->slotId));
        return ApiResponse::json(409, o);
    }
    case Outcome::Gone:
        return ApiResponse::error(404, QStringLiteral("not_found"), a.message, a.field);
    case Outcome::Invalid:
        return ApiResponse::error(422, QStringLiteral("invalid"), a.message, a.field);
    case Outcome::IdInUse:
        return ApiResponse::error(409, QStringLiteral("id_in_use"), a.message, a.field);
    case Outcome::Refused:
        return ApiResponse::error(409, QStringLiteral("refused"), a.message, a.field);
    case Outcome::AlreadyCancelled:
        return ApiResponse::error(409, QStringLiteral("cancelled"), a.message, a.field);
    case Outcome::NotFound:
    case Outcome::Cancelled:
    case Outcome::StorageFailed:
        break;
    }
    return storageUnavailable();
}

ApiResponse ApiRouter::cancelBooking(const QString &stationId, const QString &id)
{
    if (!core::wire::OutboxItem::isUuid(id))
        return ApiResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("must be the booking's id (a UUID)"),
                                  QStringLiteral("id"));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return storageUnavailable();
    const BookingDesk::Answer a = BookingDesk(m_db).cancel(stationId, id.toLower());
    switch (a.outcome) {
    case BookingDesk::Outcome::Cancelled:
        if (!tx.commit())
            return storageUnavailable();
        return ApiResponse::json(200, {{QStringLiteral("id"), id.toLower()}, {QStringLiteral("status"), QStringLiteral("cancelled")}});
    case BookingDesk::Outcome::NotFound:
        return ApiResponse::error(404, QStringLiteral("not_found"), a.message, a.field);
    case BookingDesk::Outcome::AlreadyCancelled:
        return ApiResponse::error(409, QStringLiteral("already_cancelled"), a.message, a.field);
    default:
        return storageUnavailable();
    }
}

ApiResponse ApiRouter::lookupVolunteer(const ApiRequest &request, const QString &stationId)
{
    ApiResponse failure;
    const auto body = objectBody(request.body, &failure);
    if (!body)
        return failure;
    static const QRegularExpression key(QStringLiteral("^[0-9a-f]{64}$"));
    const QString visitorKey = body->value(QStringLiteral("visitorKey")).toString();
    if (!key.match(visitorKey).hasMatch())
        return ApiResponse::error(400, QStringLiteral("invalid_field"),
                                  QStringLiteral("the key of the ID card read at this kiosk (64 hex characters)"),
                                  QStringLiteral("visitorKey"));
    // Keys are per station: this answers for a registration made at this station only.
    const auto answer = RegistrationDesk(m_db).lookup(stationId, visitorKey);
    if (!answer)
        return storageUnavailable();
    return ApiResponse::json(200, *answer);
}

} // namespace server
