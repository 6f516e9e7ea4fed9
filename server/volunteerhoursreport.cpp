// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteerhoursreport.h"

#include "core/givenname.h"
#include "core/helptype.h"
#include "core/starlevel.h"
#include "core/volunteerhours.h"
#include "server/checkindesk.h"
#include "server/stationclock.h"
#include "server/volunteerregistry.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <QtMath>

namespace server {

namespace {

QString local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(StationClock::now().timeZone()).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

std::optional<QJsonObject> VolunteerHoursReport::hours(const QString &volunteerId, QString *problem, QDate from, QDate to)
{
    auto v = m_db.exec(QStringLiteral("SELECT name, given_name, id_type, id_number_masked, hours_total FROM volunteers WHERE id = ?"),
                       {volunteerId});
    if (!v || !v->next()) {
        *problem = v ? QStringLiteral("no volunteer %1").arg(volunteerId) : m_db.lastError();
        return std::nullopt;
    }
    const QString name = v->value(0).toString();
    QJsonObject report{{QStringLiteral("volunteerNumber"), volunteerId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("givenName"), v->value(1).toString().isEmpty() ? core::GivenName::of(name) : v->value(1).toString()},
                       {QStringLiteral("idType"), v->value(2).toString()},
                       {QStringLiteral("idNumberMasked"), v->value(3).toString()}};
    const auto total = core::VolunteerHours::fromHalfHours(qFloor(v->value(4).toDouble() * 2 + 1e-9));
    v->finish();
    const auto spans = CheckInDesk(m_db).periods(volunteerId, from, to);
    if (!spans) {
        *problem = m_db.lastError();
        return std::nullopt;
    }
    QJsonArray periods;
    qint64 counted = 0;
    qint64 pending = 0;
    for (const CheckInDesk::Period &p : *spans) {
        const auto type = core::HelpTypes::fromKey(p.helpType);
        QJsonObject row{{QStringLiteral("checkInId"), p.checkInId},
                        {QStringLiteral("stationId"), p.stationId},
                        {QStringLiteral("stationName"), p.stationName},
                        {QStringLiteral("start"), local(p.start)},
                        {QStringLiteral("end"), p.end.isValid() ? QJsonValue(local(p.end)) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("hours"), core::VolunteerHours::fromHalfHours(p.halfHours).hours()},
                        {QStringLiteral("kind"), p.assignmentId.isEmpty() ? QStringLiteral("station_duty") : QStringLiteral("assignment")},
                        {QStringLiteral("counted"), p.counted}};
        if (!p.dutyStatus.isEmpty())
            row.insert(QStringLiteral("dutyStatus"), p.dutyStatus);
        if (type) {
            row.insert(QStringLiteral("helpType"), p.helpType);
            row.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("zh"), core::HelpTypes::name(*type).in(u"zh")},
                                                              {QStringLiteral("en"), core::HelpTypes::name(*type).in(u"en")}});
        }
        if (p.counted)
            counted += p.halfHours;
        else if (p.dutyStatus == u"pending" && p.end.isValid())
            pending += p.halfHours;
        periods.append(row);
    }
    report.insert(QStringLiteral("periods"), periods);
    // The visitors' ratings of the help given (#8) are part of the volunteer's record.
    if (const auto summary = VolunteerRegistry(m_db).summary(volunteerId)) {
        report.insert(QStringLiteral("ratings"), summary->value(QStringLiteral("ratings")));
        report.insert(QStringLiteral("averageStars"), summary->value(QStringLiteral("averageStars")));
    }
    report.insert(QStringLiteral("hoursCounted"), core::VolunteerHours::fromHalfHours(counted).hours());
    report.insert(QStringLiteral("hoursPending"), core::VolunteerHours::fromHalfHours(pending).hours());
    report.insert(QStringLiteral("hoursTotal"), total.hours());
    report.insert(QStringLiteral("stars"), core::StarLevel::starsFor(total));
    const auto next = core::StarLevel::toNextStar(total);
    report.insert(QStringLiteral("hoursToNextStar"), next ? QJsonValue(next->hours()) : QJsonValue(QJsonValue::Null));
    return report;
}

QString VolunteerHoursReport::format(const QJsonObject &r)
{
    QString out = QStringLiteral("volunteer %1 %2\n").arg(r.value(QStringLiteral("volunteerNumber")).toString(),
                                                           r.value(QStringLiteral("name")).toString());
    const QJsonArray periods = r.value(QStringLiteral("periods")).toArray();
    out += periods.isEmpty() ? QStringLiteral("no served time recorded by the stations\n") : QStringLiteral("served time:\n");
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        QString state;
        if (p.value(QStringLiteral("end")).isNull())
            state = QStringLiteral("checked in, not out yet");
        else if (p.value(QStringLiteral("kind")).toString() == u"station_duty")
            state = QStringLiteral("station duty, %1").arg(p.value(QStringLiteral("dutyStatus")).toString());
        else
            state = p.value(QStringLiteral("helpType")).toString(QStringLiteral("assignment"));
        out += QStringLiteral("  %1 to %2  %3 h  %4 (%5)  %6  check-in %7\n")
                   .arg(p.value(QStringLiteral("start")).toString(), p.value(QStringLiteral("end")).toString(QStringLiteral("-")).right(5))
                   .arg(p.value(QStringLiteral("hours")).toDouble(), 0, 'f', 1)
                   .arg(p.value(QStringLiteral("stationName")).toString(), p.value(QStringLiteral("stationId")).toString(), state,
                        p.value(QStringLiteral("checkInId")).toString());
    }
    out += QStringLiteral("hours counted in these periods: %1\n").arg(r.value(QStringLiteral("hoursCounted")).toDouble(), 0, 'f', 1);
    if (r.value(QStringLiteral("hoursPending")).toDouble() > 0)
        out += QStringLiteral("station duty waiting for approval: %1 h\n").arg(r.value(QStringLiteral("hoursPending")).toDouble(), 0, 'f', 1);
    out += QStringLiteral("hours total: %1 (with hours brought in by import)\n").arg(r.value(QStringLiteral("hoursTotal")).toDouble(), 0, 'f', 1);
    out += QStringLiteral("ratings by the people helped: %1").arg(r.value(QStringLiteral("ratings")).toInt());
    if (!r.value(QStringLiteral("averageStars")).isNull())
        out += QStringLiteral(" (average %1 of 5)").arg(r.value(QStringLiteral("averageStars")).toDouble(), 0, 'f', 1);
    out += QStringLiteral("\nstars: %1").arg(r.value(QStringLiteral("stars")).toInt());
    if (!r.value(QStringLiteral("hoursToNextStar")).isNull())
        out += QStringLiteral(" (%1 h to the next star)").arg(r.value(QStringLiteral("hoursToNextStar")).toDouble(), 0, 'f', 1);
    return out + u'\n';
}

std::optional<QString> VolunteerHoursReport::csv(QDate from, QDate to)
{
    auto q = m_db.exec(QStringLiteral("SELECT c.volunteer_id, v.name, c.checked_in_at, c.half_hours, c.station_id"
                                      " FROM volunteer_checks c JOIN volunteers v ON v.id = c.volunteer_id"
                                      " WHERE c.counted = 1 ORDER BY c.volunteer_id, c.checked_in_at"));
    if (!q)
        return std::nullopt;
    struct Month
    {
        QString name;
        int periods = 0;
        qint64 halfHours = 0;
        QSet<QString> stations;
    };
    QMap<QPair<QString, QString>, Month> months;
    const QTimeZone zone = StationClock::now().timeZone();
    while (q->next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC).toTimeZone(zone).date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            continue;
        Month &m = months[{q->value(0).toString(), day.toString(QStringLiteral("yyyy-MM"))}];
        m.name = q->value(1).toString();
        ++m.periods;
        m.halfHours += q->value(3).toLongLong();
        m.stations.insert(q->value(4).toString());
    }
    QString out = csvHeader + u'\n';
    for (auto it = months.begin(); it != months.end(); ++it) {
        QStringList stations(it->stations.begin(), it->stations.end());
        stations.sort();
        out += QStringList{csvField(it.key().first), csvField(it->name), it.key().second, QString::number(it->periods),
                           core::VolunteerHours::fromHalfHours(it->halfHours).text(), csvField(stations.join(u';'))}
                   .join(u',')
            + u'\n';
    }
    return out;
}

} // namespace server
