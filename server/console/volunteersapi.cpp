// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/volunteersapi.h"

#include "core/volunteerhours.h"
#include "server/checkindesk.h"
#include "server/console/consolerouter.h"
#include "server/console/volunteercertificate.h"
#include "server/console/volunteerrecord.h"
#include "server/console/volunteerscope.h"
#include "server/registrationdesk.h"
#include "server/stationclock.h"
#include "server/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <functional>
#include <limits>

namespace server::console {

namespace {

ApiResponse notFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such record"));
}

struct Station
{
    QString name;
    QString district;
};

std::optional<QHash<QString, Station>> stations(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT id, name, district FROM stations"));
    if (!q)
        return std::nullopt;
    QHash<QString, Station> out;
    while (q->next())
        out.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()});
    return out;
}

QString stationTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(StationClock::now().timeZone()).toString(Qt::ISODate) : QString();
}

/// The station of a pending item (registration or duty) when it exists and lies in scope.
struct Owner
{
    bool found = false;
    bool storageFailed = false;
    QString stationId;
    QString status;
    QString volunteerId;
};

Owner ownerOf(const ConsoleCall &call, const QString &sql)
{
    Owner o;
    auto q = call.db.exec(sql, {call.pathArg});
    if (!q) {
        o.storageFailed = true;
        return o;
    }
    if (!q->next())
        return o;
    o.stationId = q->value(0).toString();
    o.status = q->value(1).toString();
    o.volunteerId = q->value(3).toString();
    o.found = call.scope.allows(o.stationId, q->value(2).toString());
    return o;
}

Owner registrationOwner(const ConsoleCall &call)
{
    return ownerOf(call, QStringLiteral("SELECT r.station_id, r.status, s.district, '' FROM volunteer_registrations r"
                                        " JOIN stations s ON s.id = r.station_id WHERE r.id = ?"));
}

Owner dutyOwner(const ConsoleCall &call)
{
    // Check-in ids are the kiosks' lower-case UUIDs (the desk compares them so).
    return ownerOf(call, QStringLiteral("SELECT c.station_id, c.duty_status, s.district, c.volunteer_id FROM volunteer_checks c"
                                        " JOIN stations s ON s.id = c.station_id WHERE c.id = LOWER(?) AND c.duty_status <> ''"));
}

/// The reason of a refusal: plain words the person reads at the kiosk.
std::optional<ApiResponse> reasonProblem(const ConsoleCall &call)
{
    const QJsonValue reason = call.body.value(QStringLiteral("reason"));
    if (!reason.isString() || reason.toString().trimmed().isEmpty())
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("a reason is needed"),
                                  QStringLiteral("reason"));
    if (reason.toString().trimmed().size() > 200)
        return ApiResponse::error(422, QStringLiteral("invalid_field"), QStringLiteral("the reason is at most 200 characters"),
                                  QStringLiteral("reason"));
    return std::nullopt;
}

ApiResponse conflict(const QString &message)
{
    return ApiResponse::error(409, QStringLiteral("conflict"), message);
}

std::optional<QDate> dateParameter(const ConsoleCall &call, const QString &name, bool *bad)
{
    const QString text = call.request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

/// A desk's decision on a pending item, once it is found in scope and still pending: the
/// desk call and its audit row; any answer but 200 is returned as it is (and rolls back).
using DeskCall = std::function<ApiResponse(const ConsoleCall &, const Owner &)>;

/// One decision on a registration or a station duty: the reason checked (refusals), the item
/// found within scope (else 404), still pending (else 409), then the desk call, in one transaction.
ApiResponse decide(const ConsoleCall &call, Owner (*findOwner)(const ConsoleCall &), const QString &what, bool needsReason,
                   const DeskCall &desk)
{
    if (needsReason) {
        if (const auto problem = reasonProblem(call))
            return *problem;
    }
    Transaction tx(call.db);
    if (!tx.isOpen())
        return ConsoleRouter::storageUnavailable();
    const Owner owner = findOwner(call);
    if (owner.storageFailed)
        return ConsoleRouter::storageUnavailable();
    if (!owner.found)
        return notFound();
    if (owner.status != u"pending")
        return conflict(QStringLiteral("the %1 is %2 already").arg(what, owner.status));
    ApiResponse answer = desk(call, owner);
    if (answer.status != 200)
        return answer;
    if (!tx.commit())
        return ConsoleRouter::storageUnavailable();
    return answer;
}

QString reasonOf(const ConsoleCall &call)
{
    return call.body.value(QStringLiteral("reason")).toString();
}

/// The audit detail of a list view: what was asked for, in plain words; never the text typed
/// into the search (it may be a name or a phone number), only that there was one.
QString listDetail(const QString &what, const QStringList &filters)
{
    return filters.isEmpty() ? what : what + QStringLiteral(": ") + filters.join(QStringLiteral(", "));
}

} // namespace

QList<ConsoleRoute> VolunteersApi::routes()
{
    const QString base = QStringLiteral("/console/api/");
    // The fixed paths before /volunteers/{id}, so "pending" is never taken for a volunteer number.
    return {
        {QStringLiteral("GET"), base + QStringLiteral("volunteers/pending"), &VolunteersApi::pendingRegistrations},
        {QStringLiteral("POST"), base + QStringLiteral("volunteers/pending/{id}/approve"), &VolunteersApi::approveRegistration},
        {QStringLiteral("POST"), base + QStringLiteral("volunteers/pending/{id}/reject"), &VolunteersApi::rejectRegistration},
        {QStringLiteral("GET"), base + QStringLiteral("duty/pending"), &VolunteersApi::pendingDuty},
        {QStringLiteral("POST"), base + QStringLiteral("duty/{id}/approve"), &VolunteersApi::approveDuty},
        {QStringLiteral("POST"), base + QStringLiteral("duty/{id}/reject"), &VolunteersApi::rejectDuty},
        {QStringLiteral("GET"), base + QStringLiteral("volunteers"), &VolunteersApi::list},
        {QStringLiteral("GET"), base + QStringLiteral("volunteers/{id}/certificate"), &VolunteersApi::certificate},
        {QStringLiteral("GET"), base + QStringLiteral("volunteers/{id}"), &VolunteersApi::details},
    };
}

ApiResponse VolunteersApi::pendingRegistrations(const ConsoleCall &call)
{
    const auto pending = RegistrationDesk(call.db).pending();
    const auto known = stations(call.db);
    if (!pending || !known)
        return ConsoleRouter::storageUnavailable();
    QJsonArray out;
    for (const QJsonObject &r : *pending) {
        const QString stationId = r.value(QStringLiteral("stationId")).toString();
        const Station station = known->value(stationId);
        if (!call.scope.allows(stationId, station.district))
            continue;
        // The masked numbers only: the whole phone stays for the coordinator who approves and
        // calls from the admin side; the server never has the whole ID number.
        const QString idMasked = r.value(QStringLiteral("idNumberMasked")).toString();
        QJsonObject row{{QStringLiteral("id"), r.value(QStringLiteral("id"))},
                        {QStringLiteral("name"), r.value(QStringLiteral("name"))},
                        {QStringLiteral("givenName"), r.value(QStringLiteral("givenName"))},
                        {QStringLiteral("idMasked"), idMasked.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idMasked)},
                        {QStringLiteral("phoneMasked"), r.value(QStringLiteral("phoneMasked"))},
                        {QStringLiteral("skills"), r.value(QStringLiteral("skills"))},
                        {QStringLiteral("availability"), r.value(QStringLiteral("availability"))},
                        {QStringLiteral("stationId"), stationId},
                        {QStringLiteral("stationName"), station.name},
                        {QStringLiteral("district"), station.district},
                        {QStringLiteral("receivedAt"),
                         stationTime(QDateTime::fromString(r.value(QStringLiteral("receivedAt")).toString(), Qt::ISODateWithMs))},
                        {QStringLiteral("possibleDuplicate"), r.contains(QStringLiteral("possibleDuplicateOf"))}};
        if (r.contains(QStringLiteral("possibleDuplicateOf")))
            row.insert(QStringLiteral("possibleDuplicateOf"), r.value(QStringLiteral("possibleDuplicateOf")));
        out.append(row);
    }
    // Names and masked numbers were shown: one row for the answer, saying only what was asked.
    if (!call.audit.record(call.user, QStringLiteral("viewed"), QStringLiteral("registration"), {}, call.user.stationId,
                           QStringLiteral("pending registrations: %1 shown").arg(out.size())))
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("registrations"), out}});
}

ApiResponse VolunteersApi::approveRegistration(const ConsoleCall &call)
{
    return decide(call, &registrationOwner, QStringLiteral("registration"), false, [](const ConsoleCall &c, const Owner &owner) {
        const auto decision = RegistrationDesk(c.db).approve(c.pathArg);
        if (!decision.ok
            || !c.audit.record(c.user, QStringLiteral("changed"), QStringLiteral("registration"), c.pathArg, owner.stationId,
                               QStringLiteral("approved: volunteer %1").arg(decision.volunteerNumber)))
            return ConsoleRouter::storageUnavailable();
        return ApiResponse::json(200, {{QStringLiteral("number"), decision.volunteerNumber}});
    });
}

ApiResponse VolunteersApi::rejectRegistration(const ConsoleCall &call)
{
    return decide(call, &registrationOwner, QStringLiteral("registration"), true, [](const ConsoleCall &c, const Owner &owner) {
        // The reason may name the person: the audit says only that it was refused.
        if (!RegistrationDesk(c.db).refuse(c.pathArg, reasonOf(c)).ok
            || !c.audit.record(c.user, QStringLiteral("changed"), QStringLiteral("registration"), c.pathArg, owner.stationId,
                               QStringLiteral("refused")))
            return ConsoleRouter::storageUnavailable();
        return ApiResponse::json(200, {});
    });
}

ApiResponse VolunteersApi::pendingDuty(const ConsoleCall &call)
{
    const auto pending = CheckInDesk(call.db).pendingDuty();
    const auto known = stations(call.db);
    if (!pending || !known)
        return ConsoleRouter::storageUnavailable();
    // The volunteers' names of every pending duty in one query (not one per duty).
    auto named = call.db.exec(QStringLiteral("SELECT c.id, v.name FROM volunteer_checks c JOIN volunteers v ON v.id = c.volunteer_id"
                                             " WHERE c.duty_status = 'pending'"));
    if (!named)
        return ConsoleRouter::storageUnavailable();
    QHash<QString, QString> names;
    while (named->next())
        names.insert(named->value(0).toString(), named->value(1).toString());
    named->finish();
    QJsonArray out;
    for (const CheckInDesk::Period &p : *pending) {
        if (!call.scope.allows(p.stationId, known->value(p.stationId).district))
            continue;
        if (!names.contains(p.volunteerId))
            names.insert(p.volunteerId,
                         call.db.scalar(QStringLiteral("SELECT name FROM volunteers WHERE id = ?"), {p.volunteerId}).toString());
        out.append(QJsonObject{{QStringLiteral("id"), p.checkInId},
                               {QStringLiteral("volunteerId"), p.volunteerId},
                               {QStringLiteral("volunteerName"), names.value(p.checkInId)},
                               {QStringLiteral("stationId"), p.stationId},
                               {QStringLiteral("stationName"), p.stationName},
                               {QStringLiteral("start"), stationTime(p.start)},
                               {QStringLiteral("end"), p.end.isValid() ? QJsonValue(stationTime(p.end)) : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("checkedOut"), p.end.isValid()},
                               {QStringLiteral("hours"), core::VolunteerHours::fromHalfHours(p.halfHours).hours()}});
    }
    if (!call.audit.record(call.user, QStringLiteral("viewed"), QStringLiteral("volunteer"), {}, call.user.stationId,
                           QStringLiteral("pending station duty: %1 shown").arg(out.size())))
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("duties"), out}});
}

ApiResponse VolunteersApi::approveDuty(const ConsoleCall &call)
{
    return decide(call, &dutyOwner, QStringLiteral("station duty"), false, [](const ConsoleCall &c, const Owner &owner) {
        // No row: still checked in; no answer at all: the storage failed (not the volunteer's doing).
        auto out = c.db.exec(QStringLiteral("SELECT 1 FROM volunteer_checks WHERE id = LOWER(?) AND ends_at IS NOT NULL"),
                             {c.pathArg});
        if (!out)
            return ConsoleRouter::storageUnavailable();
        if (!out->next())
            return conflict(QStringLiteral("the volunteer has not checked out yet: nothing to count"));
        out->finish();
        QString problem;
        if (!CheckInDesk(c.db).approveDuty(c.pathArg, &problem)
            || !c.audit.record(c.user, QStringLiteral("changed"), QStringLiteral("volunteer"), owner.volunteerId,
                               owner.stationId, QStringLiteral("station duty %1 approved").arg(c.pathArg.toLower())))
            return ConsoleRouter::storageUnavailable();
        return ApiResponse::json(200, {});
    });
}

ApiResponse VolunteersApi::rejectDuty(const ConsoleCall &call)
{
    return decide(call, &dutyOwner, QStringLiteral("station duty"), true, [](const ConsoleCall &c, const Owner &owner) {
        QString problem;
        if (!CheckInDesk(c.db).refuseDuty(c.pathArg, reasonOf(c), &problem)
            || !c.audit.record(c.user, QStringLiteral("changed"), QStringLiteral("volunteer"), owner.volunteerId,
                               owner.stationId, QStringLiteral("station duty %1 refused").arg(c.pathArg.toLower())))
            return ConsoleRouter::storageUnavailable();
        return ApiResponse::json(200, {});
    });
}

ApiResponse VolunteersApi::list(const ConsoleCall &call)
{
    const QUrlQuery &query = call.request.query;
    VolunteerRecord::Filter filter;
    filter.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).left(50);
    filter.district = query.queryItemValue(QStringLiteral("district"), QUrl::FullyDecoded).left(100);
    filter.stationId = query.queryItemValue(QStringLiteral("station"), QUrl::FullyDecoded).left(100);
    const auto number = [&query](const QString &name, int low, int high, int *into) {
        if (!query.hasQueryItem(name))
            return true;
        bool ok = false;
        *into = query.queryItemValue(name).toInt(&ok);
        return ok && *into >= low && *into <= high;
    };
    if (!number(QStringLiteral("limit"), 1, 1000, &filter.limit))
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("limit: 1 to 1000"),
                                  QStringLiteral("limit"));
    if (!number(QStringLiteral("offset"), 0, std::numeric_limits<int>::max(), &filter.offset))
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("offset: 0 or more"),
                                  QStringLiteral("offset"));
    const auto page = VolunteerRecord(call.db).list(VolunteerScope(call.scope), filter);
    if (!page)
        return ConsoleRouter::storageUnavailable();
    QJsonArray out;
    for (const QJsonObject &r : page->rows)
        out.append(r);
    QStringList filters;
    if (!filter.text.trimmed().isEmpty())
        filters << QStringLiteral("text search");
    if (!filter.district.isEmpty())
        filters << QStringLiteral("district %1").arg(filter.district);
    if (!filter.stationId.isEmpty())
        filters << QStringLiteral("station %1").arg(filter.stationId);
    filters << QStringLiteral("from %1, %2 of %3 shown").arg(filter.offset).arg(out.size()).arg(page->total);
    if (!call.audit.record(call.user, QStringLiteral("viewed"), QStringLiteral("volunteer"), {},
                           filter.stationId.isEmpty() ? call.user.stationId : filter.stationId,
                           listDetail(QStringLiteral("volunteer list"), filters)))
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("volunteers"), out}, {QStringLiteral("total"), page->total}});
}

ApiResponse VolunteersApi::details(const ConsoleCall &call)
{
    VolunteerRecord record(call.db);
    const QString number = call.pathArg.toUpper();
    if (!record.visible(VolunteerScope(call.scope), number))
        return notFound();
    const auto volunteer = record.details(number);
    if (!volunteer)
        return ConsoleRouter::storageUnavailable();
    if (!call.audit.record(call.user, QStringLiteral("viewed"), QStringLiteral("volunteer"), number,
                           volunteer->value(QStringLiteral("stationId")).toString()))
        return ConsoleRouter::storageUnavailable();
    return ApiResponse::json(200, {{QStringLiteral("volunteer"), *volunteer}});
}

ApiResponse VolunteersApi::certificate(const ConsoleCall &call)
{
    const QString number = call.pathArg.toUpper();
    bool bad = false;
    const auto from = dateParameter(call, QStringLiteral("from"), &bad);
    if (bad)
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("from: a day like 2026-12-01"),
                                  QStringLiteral("from"));
    const auto to = dateParameter(call, QStringLiteral("to"), &bad);
    if (bad)
        return ApiResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("to: a day like 2026-12-31"),
                                  QStringLiteral("to"));
    if (from->isValid() && to->isValid() && *from > *to)
        return ApiResponse::error(422, QStringLiteral("invalid_field"), QStringLiteral("from is after to"), QStringLiteral("from"));
    if (!VolunteerRecord(call.db).visible(VolunteerScope(call.scope), number))
        return notFound();
    VolunteerCertificate maker(call.db);
    const auto printed = maker.print(number, *from, *to);
    if (!printed) {
        if (maker.failure() == VolunteerCertificate::Failure::UnknownVolunteer)
            return notFound();
        if (maker.failure() == VolunteerCertificate::Failure::CannotPrint)
            return ApiResponse::error(503, QStringLiteral("cannot_print"), maker.problem());
        return ConsoleRouter::storageUnavailable();
    }
    const QString station = call.db.scalar(QStringLiteral("SELECT COALESCE(station_id, '') FROM volunteers WHERE id = ?"),
                                           {number}).toString();
    if (!call.audit.record(call.user, QStringLiteral("printed"), QStringLiteral("volunteer"), number, station,
                           QStringLiteral("hours certificate %1").arg(printed->number)))
        return ConsoleRouter::storageUnavailable();
    ApiResponse answer{200, printed->pdf, {}};
    answer.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/pdf")});
    answer.headers.append({QByteArrayLiteral("Content-Disposition"),
                           "attachment; filename=\"" + printed->number.toLatin1() + ".pdf\""});
    return answer;
}

} // namespace server::console
