// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteermatcher.h"

#include <QJsonDocument>

#include <algorithm>

namespace server {

QJsonObject VolunteerMatcher::Suggestion::toJson() const
{
    return {{QStringLiteral("volunteerId"), volunteerId},
            {QStringLiteral("name"), name},
            {QStringLiteral("stationId"), stationId},
            {QStringLiteral("homeStation"), homeStation},
            {QStringLiteral("sameDistrict"), sameDistrict},
            {QStringLiteral("openAssignments"), openAssignments},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("averageStars"), ratings ? QJsonValue(averageStars) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("assignedHere"), assignedHere}};
}

std::optional<QList<VolunteerMatcher::Suggestion>> VolunteerMatcher::suggest(const QString &requestId, QString *problem,
                                                                           const Candidates &candidates)
{
    auto r = m_db.exec(QStringLiteral("SELECT r.station_id, r.payload, s.district FROM records r"
                                      " JOIN stations s ON s.id = r.station_id"
                                      " WHERE r.id = ? AND r.kind = 'volunteer_request'"),
                       {requestId});
    if (!r || !r->next()) {
        if (problem)
            *problem = r ? QStringLiteral("no help request %1").arg(requestId) : m_db.lastError();
        return std::nullopt;
    }
    const QString station = r->value(0).toString();
    const QJsonObject payload = QJsonDocument::fromJson(r->value(1).toString().toUtf8()).object();
    const QString district = r->value(2).toString();
    const QString helpType = payload.value(QStringLiteral("helpType")).toString();
    const QString dayPart = payload.value(QStringLiteral("dayPart")).toString(QStringLiteral("any"));

    const QString real = m_db.isPostgres() ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
    auto q = m_db.exec(QStringLiteral("SELECT v.id, v.name, COALESCE(v.station_id, ''), v.skills, v.availability,"
                                      " COALESCE(s.district, ''),"
                                      " (SELECT COUNT(*) FROM assignments a JOIN records x ON x.id = a.record_id"
                                      "   WHERE a.volunteer_id = v.id AND a.withdrawn_at IS NULL"
                                      "   AND x.status NOT IN ('done', 'cancelled')),"
                                      " (SELECT COUNT(*) FROM ratings g WHERE g.volunteer_id = v.id),"
                                      " (SELECT AVG(CAST(g.stars AS %1)) FROM ratings g WHERE g.volunteer_id = v.id),"
                                      " (SELECT COUNT(*) FROM assignments a WHERE a.volunteer_id = v.id"
                                      "   AND a.record_id = ? AND a.withdrawn_at IS NULL)"
                                      " FROM volunteers v LEFT JOIN stations s ON s.id = v.station_id WHERE %2")
                           .arg(real, candidates.condition.isEmpty() ? QStringLiteral("1=1") : candidates.condition),
                       QVariantList{requestId} + candidates.values);
    if (!q) {
        if (problem)
            *problem = m_db.lastError();
        return std::nullopt;
    }
    QList<Suggestion> out;
    while (q->next()) {
        const QStringList skills = q->value(3).toString().split(u';', Qt::SkipEmptyParts);
        if (!std::any_of(skills.begin(), skills.end(), [&](const QString &s) { return s.trimmed() == helpType; }))
            continue;
        const QStringList parts = q->value(4).toString().split(u';', Qt::SkipEmptyParts);
        if (dayPart != u"any" && !parts.isEmpty() && !parts.contains(dayPart))
            continue;
        Suggestion s;
        s.volunteerId = q->value(0).toString();
        s.name = q->value(1).toString();
        s.stationId = q->value(2).toString();
        s.homeStation = s.stationId == station;
        s.sameDistrict = !district.isEmpty() && q->value(5).toString() == district;
        s.openAssignments = q->value(6).toInt();
        s.ratings = q->value(7).toInt();
        s.averageStars = s.ratings ? qRound(q->value(8).toDouble() * 10) / 10.0 : 0.0;
        s.assignedHere = q->value(9).toInt() > 0;
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.homeStation != b.homeStation)
            return a.homeStation;
        if (a.sameDistrict != b.sameDistrict)
            return a.sameDistrict;
        if (a.openAssignments != b.openAssignments)
            return a.openAssignments < b.openAssignments;
        return a.volunteerId < b.volunteerId;
    });
    return out;
}

} // namespace server
