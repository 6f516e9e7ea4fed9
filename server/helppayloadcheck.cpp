// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/helppayloadcheck.h"

#include "core/daypart.h"
#include "core/helptype.h"
#include "core/notephrases.h"
#include "core/placekind.h"
#include "core/ratingphrases.h"
#include "server/placeregistry.h"
#include "server/stationclock.h"

#include <QDate>
#include <QJsonArray>

namespace server {

namespace {

/// The strings of an array field, or a problem when it is not an array of strings.
QStringList strings(const QJsonValue &value, const QString &field, QString *problem)
{
    QStringList out;
    if (value.isUndefined())
        return out;
    if (!value.isArray()) {
        *problem = QStringLiteral("%1: must be a list of keys").arg(field);
        return out;
    }
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString()) {
            *problem = QStringLiteral("%1: must be a list of keys").arg(field);
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

QString cut(const QString &key)
{
    return key.left(40);
}

} // namespace

QString HelpPayloadCheck::problem(const QString &kind, const QJsonObject &payload, const QString &stationId)
{
    if (kind == u"volunteer_request")
        return requestProblem(payload, stationId);
    if (kind == u"rating")
        return ratingProblem(payload, stationId);
    if (kind == u"request_cancellation")
        return cancellationProblem(payload, stationId);
    return {};
}

QString HelpPayloadCheck::requestProblem(const QJsonObject &p, const QString &stationId)
{
    const QString helpType = p.value(QStringLiteral("helpType")).toString();
    if (!core::HelpTypes::fromKey(helpType))
        return QStringLiteral("helpType: unknown help type \"%1\"").arg(cut(helpType));
    const QJsonValue day = p.value(QStringLiteral("wantedDay"));
    if (!day.isUndefined() && !(day.isString() && day.toString().isEmpty())) {
        const QDate wanted = QDate::fromString(day.toString(), QStringLiteral("yyyy-MM-dd"));
        if (!wanted.isValid())
            return QStringLiteral("wantedDay: must be a day like 2026-07-08, or empty for any day");
        if (wanted < StationClock::today())
            return QStringLiteral("wantedDay: the day has passed (the station's today is %1)")
                .arg(StationClock::today().toString(Qt::ISODate));
    }
    const QJsonValue part = p.value(QStringLiteral("dayPart"));
    if (!part.isUndefined() && !core::DayParts::fromKey(part.toString()))
        return QStringLiteral("dayPart: unknown part of the day \"%1\"").arg(cut(part.toString()));
    const QJsonValue placeValue = p.value(QStringLiteral("place"));
    if (!placeValue.isUndefined()) {
        const QJsonObject place = placeValue.toObject();
        const auto kind = core::PlaceKinds::fromKey(place.value(QStringLiteral("kind")).toString());
        const QString placeId = place.value(QStringLiteral("placeId")).toString();
        if (!placeValue.isObject() || !kind)
            return QStringLiteral("place.kind: one of home, station, listed, arrange");
        if (*kind == core::PlaceKind::Listed && !PlaceRegistry(m_db).isListedFor(placeId, stationId))
            return QStringLiteral("place.placeId: \"%1\" is not on this station's list of places").arg(cut(placeId));
        if (*kind != core::PlaceKind::Listed && !placeId.isEmpty())
            return QStringLiteral("place.placeId: only a listed place has one");
    }
    QString problem;
    const QStringList notes = strings(p.value(QStringLiteral("noteKeys")), QStringLiteral("noteKeys"), &problem);
    if (!problem.isEmpty())
        return problem;
    if (const QString unknown = core::NotePhrases::firstUnknown(notes); !unknown.isEmpty())
        return QStringLiteral("noteKeys: unknown note \"%1\"").arg(cut(unknown));
    return {};
}

QString HelpPayloadCheck::requestStatus(const QJsonValue &id, const QString &stationId, QString *problem)
{
    // Another station's request answers exactly like a missing one.
    auto q = m_db.exec(QStringLiteral("SELECT status FROM records WHERE id = ? AND station_id = ? AND kind = 'volunteer_request'"),
                       {id.toString(), stationId});
    if (!q || !q->next()) {
        *problem = QStringLiteral("requestId: no such help request at this station");
        return {};
    }
    return q->value(0).toString();
}

QString HelpPayloadCheck::ratingProblem(const QJsonObject &p, const QString &stationId)
{
    const QJsonValue stars = p.value(QStringLiteral("stars"));
    if (!stars.isDouble() || stars.toDouble() != double(stars.toInt()) || stars.toInt() < 1 || stars.toInt() > 5)
        return QStringLiteral("stars: a whole number from 1 to 5");
    QString problem;
    const QStringList phrases = strings(p.value(QStringLiteral("phraseKeys")), QStringLiteral("phraseKeys"), &problem);
    if (!problem.isEmpty())
        return problem;
    if (const QString unknown = core::RatingPhrases::firstUnknown(phrases); !unknown.isEmpty())
        return QStringLiteral("phraseKeys: unknown phrase \"%1\"").arg(cut(unknown));
    const QJsonValue requestId = p.value(QStringLiteral("requestId"));
    const QString status = requestStatus(requestId, stationId, &problem);
    if (!problem.isEmpty())
        return problem;
    if (status != u"done")
        return QStringLiteral("requestId: the help has not been given yet (status %1), so it cannot be rated").arg(status);
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM ratings WHERE request_id = ?"), {requestId.toString()}).isValid())
        return QStringLiteral("requestId: this help request is already rated");
    return {};
}

QString HelpPayloadCheck::cancellationProblem(const QJsonObject &p, const QString &stationId)
{
    QString problem;
    const QString status = requestStatus(p.value(QStringLiteral("requestId")), stationId, &problem);
    if (!problem.isEmpty())
        return problem;
    if (status == u"done")
        return QStringLiteral("requestId: the help was already given, so it cannot be cancelled");
    return {};
}

} // namespace server
