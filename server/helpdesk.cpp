// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/helpdesk.h"

#include "core/givenname.h"
#include "core/helptype.h"
#include "core/placekind.h"
#include "server/secrets.h"

#include <QDateTime>
#include <QJsonDocument>

namespace server {

namespace {

QJsonObject text(const core::LocalizedText &t)
{
    return {{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

/// A catalogue word sent to the kiosks in both languages (the server loads the catalogues).
QJsonObject text(const core::TranslatableText &t)
{
    return {{QStringLiteral("zh"), t.in(u"zh")}, {QStringLiteral("en"), t.in(u"en")}};
}

} // namespace

QJsonObject HelpDesk::statusFields(const QString &recordId)
{
    auto q = m_db.exec(QStringLiteral("SELECT v.name, v.given_name, a.agreed_at FROM assignments a"
                                      " JOIN volunteers v ON v.id = a.volunteer_id"
                                      " WHERE a.record_id = ? AND a.withdrawn_at IS NULL ORDER BY a.assigned_at DESC"),
                       {recordId});
    if (!q || !q->next())
        return {};
    const QString given = q->value(1).toString().isEmpty() ? core::GivenName::of(q->value(0).toString())
                                                           : q->value(1).toString();
    const QString agreed = q->value(2).toString();
    return {{QStringLiteral("volunteerGivenName"), given},
            {QStringLiteral("agreedAt"), agreed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(agreed)}};
}

bool HelpDesk::assign(const QString &recordId, const QString &stationId, const QString &volunteerId,
                      const QString &agreedAt, QString *problem)
{
    auto v = m_db.exec(QStringLiteral("SELECT name FROM volunteers WHERE id = ?"), {volunteerId});
    if (!v || !v->next()) {
        if (problem)
            *problem = QStringLiteral("no volunteer %1").arg(volunteerId);
        return false;
    }
    const QString volunteerName = v->value(0).toString();
    const QDateTime agreed = QDateTime::fromString(agreedAt, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!agreedAt.isEmpty() && !agreed.isValid()) {
        if (problem)
            *problem = QStringLiteral("--at: a station local time like 2026-07-08T09:30");
        return false;
    }
    if (!withdraw(recordId, stationId))
        return false;
    const QString assignmentId = Secrets::randomToken(12);
    if (!m_db.exec(QStringLiteral("INSERT INTO assignments (id, record_id, volunteer_id, station_id, assigned_at, agreed_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"),
                   {assignmentId, recordId, volunteerId, stationId, QDateTime::currentMSecsSinceEpoch(),
                    agreedAt.isEmpty() ? QVariant() : QVariant(agreedAt)}))
        return false;
    // What the station's check-in screen shows: the help type and the meeting place.
    const QJsonObject request =
        QJsonDocument::fromJson(m_db.scalar(QStringLiteral("SELECT payload FROM records WHERE id = ?"), {recordId})
                                    .toString().toUtf8()).object();
    QJsonObject data{{QStringLiteral("requestId"), recordId},
                     {QStringLiteral("volunteerId"), volunteerId},
                     {QStringLiteral("volunteerName"), volunteerName}};
    const QString helpType = request.value(QStringLiteral("helpType")).toString();
    if (const auto type = core::HelpTypes::fromKey(helpType)) {
        data.insert(QStringLiteral("helpType"), helpType);
        data.insert(QStringLiteral("title"), text(core::HelpTypes::name(*type)));
    }
    const QJsonObject place = request.value(QStringLiteral("place")).toObject();
    const QString placeId = place.value(QStringLiteral("placeId")).toString();
    if (!placeId.isEmpty()) {
        auto p = m_db.exec(QStringLiteral("SELECT name_zh, name_en FROM places WHERE id = ?"), {placeId});
        if (p && p->next())
            data.insert(QStringLiteral("place"), text({p->value(0).toString(), p->value(1).toString()}));
    } else if (const auto kind = core::PlaceKinds::fromKey(place.value(QStringLiteral("kind")).toString())) {
        data.insert(QStringLiteral("place"), text(core::PlaceKinds::name(*kind)));
    }
    if (agreed.isValid()) {
        // Two hours by default: the coordinator agrees a start, the volunteer reports the end.
        const QString offset = QStringLiteral("+08:00");
        data.insert(QStringLiteral("startsAt"), agreed.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offset);
        data.insert(QStringLiteral("endsAt"), agreed.addSecs(2 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offset);
    }
    return m_feed.append(stationId, {0, QStringLiteral("assignment"), assignmentId, data, false});
}

bool HelpDesk::withdraw(const QString &recordId, const QString &stationId)
{
    auto open = m_db.exec(QStringLiteral("SELECT id FROM assignments WHERE record_id = ? AND withdrawn_at IS NULL"), {recordId});
    if (!open)
        return false;
    QStringList ids;
    while (open->next())
        ids.append(open->value(0).toString());
    for (const QString &id : ids) {
        if (!m_db.exec(QStringLiteral("UPDATE assignments SET withdrawn_at = ? WHERE id = ?"),
                       {QDateTime::currentMSecsSinceEpoch(), id}))
            return false;
        if (!m_feed.append(stationId, {0, QStringLiteral("assignment"), id, {}, true}))
            return false;
    }
    return true;
}

bool HelpDesk::rate(const QString &ratingId, const QString &requestId, int stars, const QStringList &phraseKeys)
{
    // The volunteer who gave the help: the open assignment of the done request.
    const QVariant volunteer = m_db.scalar(QStringLiteral("SELECT volunteer_id FROM assignments WHERE record_id = ?"
                                                          " AND withdrawn_at IS NULL ORDER BY assigned_at DESC"),
                                           {requestId});
    return m_db.exec(QStringLiteral("INSERT INTO ratings (id, request_id, volunteer_id, stars, phrase_keys, received_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?)"),
                     {ratingId, requestId, volunteer.isValid() ? volunteer : QVariant(), stars, phraseKeys.join(u';'),
                      QDateTime::currentMSecsSinceEpoch()})
        .has_value();
}

} // namespace server
