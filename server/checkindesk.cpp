// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/checkindesk.h"

#include "core/volunteerhours.h"
#include "server/changefeed.h"
#include "server/stationclock.h"
#include "server/volunteerregistry.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace server {

namespace {

std::optional<qint64> utcMs(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!text.endsWith(u'Z'))
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QString volunteerOf(const QJsonObject &p)
{
    const QString number = p.value(QStringLiteral("volunteerNumber")).toString().trimmed().toUpper();
    return number.isEmpty() ? p.value(QStringLiteral("volunteerId")).toString().trimmed().toUpper() : number;
}

} // namespace

bool CheckInDesk::isCheckIn(const QString &kind, const QJsonObject &payload)
{
    return kind == u"check_in" && payload.value(QStringLiteral("direction")).toString(QStringLiteral("in")) == u"in";
}

bool CheckInDesk::isCheckOut(const QString &kind, const QJsonObject &payload)
{
    return kind == u"check_out" || (kind == u"check_in" && payload.value(QStringLiteral("direction")).toString() == u"out");
}

QString CheckInDesk::pushProblem(const QString &kind, const QJsonObject &p, const QString &stationId)
{
    if (isCheckIn(kind, p)) {
        const QString volunteer = volunteerOf(p);
        if (volunteer.isEmpty() || !m_db.scalar(QStringLiteral("SELECT 1 FROM volunteers WHERE id = ?"), {volunteer}).isValid())
            return QStringLiteral("volunteerNumber: no volunteer \"%1\" is known to the server").arg(volunteer.left(40));
        const auto at = utcMs(p.value(QStringLiteral("at")));
        if (!at)
            return QStringLiteral("at: the kiosk's time of the check-in in UTC, like 2026-07-06T01:00:00.000Z");
        const QString assignment = p.value(QStringLiteral("assignmentId")).toString();
        if (!assignment.isEmpty()) {
            auto q = m_db.exec(QStringLiteral("SELECT station_id, volunteer_id, withdrawn_at FROM assignments WHERE id = ?"),
                               {assignment});
            if (!q || !q->next())
                return QStringLiteral("assignmentId: no such assignment");
            if (q->value(0).toString() != stationId)
                return QStringLiteral("assignmentId: the assignment is at another station");
            if (q->value(1).toString() != volunteer)
                return QStringLiteral("assignmentId: the assignment is another volunteer's");
            if (!q->value(2).isNull())
                return QStringLiteral("assignmentId: the assignment was withdrawn (the request was cancelled)");
        }
        return overlapProblem(volunteer, {}, *at, *at);
    }
    if (!isCheckOut(kind, p))
        return {};
    const QString checkInId = p.value(QStringLiteral("checkInId")).toString().toLower();
    auto q = m_db.exec(QStringLiteral("SELECT volunteer_id, station_id, checked_in_at, check_out_id, checked_out_at"
                                      " FROM volunteer_checks WHERE id = ?"),
                       {checkInId});
    if (!q || !q->next())
        return QStringLiteral("checkInId: the server knows no check-in with this id");
    const QString volunteer = q->value(0).toString();
    const QString station = q->value(1).toString();
    const qint64 start = q->value(2).toLongLong();
    const bool closed = !q->value(3).isNull();
    const qint64 closedAt = q->value(4).toLongLong();
    q->finish();
    if (station != stationId)
        return QStringLiteral("checkInId: the check-in was at another station");
    if (const QString named = volunteerOf(p); !named.isEmpty() && named != volunteer)
        return QStringLiteral("volunteerNumber: the check-in is another volunteer's");
    if (closed)
        return QStringLiteral("checkInId: already checked out at %1").arg(StationClock::localMinute(closedAt));
    const auto at = utcMs(p.value(QStringLiteral("at")));
    if (!at)
        return QStringLiteral("at: the kiosk's time of the check-out in UTC, like 2026-07-06T03:00:00.000Z");
    const QJsonValue served = p.value(QStringLiteral("servedMinutes"));
    qint64 end = *at;
    if (!served.isUndefined()) {
        if (!served.isDouble() || served.toDouble() != double(served.toInteger()) || served.toInteger() < 0)
            return QStringLiteral("servedMinutes: a whole number of minutes, 0 or more");
        end = start + served.toInteger() * 60000;
    } else if (*at < start) {
        return QStringLiteral("at: before the check-in (%1): the kiosk's clock moved back; send servedMinutes")
            .arg(StationClock::localMinute(start));
    }
    if (end - start > maxServedMinutes * 60000)
        return QStringLiteral("at: more than %1 hours after the check-in at %2; staff check out a forgotten one")
            .arg(maxServedMinutes / 60).arg(StationClock::localMinute(start));
    // Two stations closing spans of one volunteer at once: the volunteer row's lock orders them.
    if (!m_db.exec(QStringLiteral("UPDATE volunteers SET hours_total = hours_total WHERE id = ?"), {volunteer}))
        return QStringLiteral("storage: try again");
    return overlapProblem(volunteer, checkInId, start, end);
}

QString CheckInDesk::overlapProblem(const QString &volunteerId, const QString &exceptId, qint64 start, qint64 end)
{
    // Closed spans only: an open one has no end yet (it is checked when it closes). Touching
    // ends (one ends at 11:00, the next starts at 11:00) do not overlap.
    auto q = m_db.exec(QStringLiteral("SELECT c.checked_in_at, c.ends_at, s.name FROM volunteer_checks c"
                                      " JOIN stations s ON s.id = c.station_id"
                                      " WHERE c.volunteer_id = ? AND c.id <> ? AND c.ends_at IS NOT NULL"
                                      " AND c.duty_status <> 'refused'"
                                      " AND c.checked_in_at < ? AND c.ends_at > ? ORDER BY c.checked_in_at LIMIT 1"),
                       {volunteerId, exceptId, qMax(end, start + 1), start});
    if (!q)
        return QStringLiteral("storage: try again");
    if (!q->next())
        return {};
    return QStringLiteral("at: overlaps the volunteer's served time %1 to %2 at %3")
        .arg(StationClock::localMinute(q->value(0).toLongLong()), StationClock::localMinute(q->value(1).toLongLong()).right(5),
             q->value(2).toString());
}

bool CheckInDesk::apply(const QString &kind, const QJsonObject &p, const QString &id, const QString &stationId)
{
    if (isCheckIn(kind, p)) {
        const QString assignment = p.value(QStringLiteral("assignmentId")).toString();
        return m_db
            .exec(QStringLiteral("INSERT INTO volunteer_checks (id, volunteer_id, station_id, assignment_id, checked_in_at,"
                                 " duty_status) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, volunteerOf(p), stationId, assignment.isEmpty() ? QVariant() : QVariant(assignment),
                   *utcMs(p.value(QStringLiteral("at"))),
                   assignment.isEmpty() ? QStringLiteral("pending") : QString()})
            .has_value();
    }
    if (!isCheckOut(kind, p))
        return true;
    const QString checkInId = p.value(QStringLiteral("checkInId")).toString().toLower();
    auto q = m_db.exec(QStringLiteral("SELECT volunteer_id, checked_in_at, duty_status FROM volunteer_checks WHERE id = ?"),
                       {checkInId});
    if (!q || !q->next())
        return false;
    const QString volunteer = q->value(0).toString();
    const qint64 start = q->value(1).toLongLong();
    const bool duty = !q->value(2).toString().isEmpty();
    q->finish();
    const qint64 at = *utcMs(p.value(QStringLiteral("at")));
    const QJsonValue served = p.value(QStringLiteral("servedMinutes"));
    const qint64 end = served.isUndefined() ? at : start + served.toInteger() * 60000;
    const qint64 halfHours = core::VolunteerHours::fromMinutes((end - start) / 60000).halfHours();
    if (!m_db.exec(QStringLiteral("UPDATE volunteer_checks SET check_out_id = ?, checked_out_at = ?, ends_at = ?,"
                                  " half_hours = ? WHERE id = ?"),
                   {id, at, end, halfHours, checkInId}))
        return false;
    // Station duty counts once a coordinator approves it.
    return duty || count(checkInId, volunteer, halfHours, stationId);
}

bool CheckInDesk::count(const QString &checkInId, const QString &volunteerId, qint64 halfHours, const QString &stationId)
{
    VolunteerRegistry volunteers(m_db);
    return m_db.exec(QStringLiteral("UPDATE volunteer_checks SET counted = 1 WHERE id = ?"), {checkInId})
        && volunteers.addHalfHours(volunteerId, halfHours) && volunteers.publish(volunteerId, stationId);
}

std::optional<QList<CheckInDesk::Period>> CheckInDesk::pendingDuty()
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id FROM volunteer_checks c WHERE c.duty_status = 'pending'"
                                      " ORDER BY c.checked_in_at, c.id"));
    if (!q)
        return std::nullopt;
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    QList<Period> out;
    for (const QString &id : ids) {
        auto v = m_db.scalar(QStringLiteral("SELECT volunteer_id FROM volunteer_checks WHERE id = ?"), {id}).toString();
        const auto all = periods(v);
        if (!all)
            return std::nullopt;
        for (const Period &p : *all) {
            if (p.checkInId == id)
                out.append(p);
        }
    }
    return out;
}

bool CheckInDesk::approveDuty(const QString &checkInId, QString *problem)
{
    auto q = m_db.exec(QStringLiteral("SELECT volunteer_id, station_id, duty_status, ends_at, half_hours FROM volunteer_checks"
                                      " WHERE id = ?"),
                       {checkInId.toLower()});
    if (!q || !q->next()) {
        *problem = QStringLiteral("no check-in %1").arg(checkInId);
        return false;
    }
    const QString volunteer = q->value(0).toString();
    const QString station = q->value(1).toString();
    const QString status = q->value(2).toString();
    const bool open = q->value(3).isNull();
    const qint64 halfHours = q->value(4).toLongLong();
    q->finish();
    if (status != u"pending") {
        *problem = status.isEmpty() ? QStringLiteral("check-in %1 is for an assignment, not station duty").arg(checkInId)
                                    : QStringLiteral("check-in %1 is %2 already").arg(checkInId, status);
        return false;
    }
    if (open) {
        *problem = QStringLiteral("check-in %1 is not checked out yet: nothing to count").arg(checkInId);
        return false;
    }
    return m_db.exec(QStringLiteral("UPDATE volunteer_checks SET duty_status = 'approved' WHERE id = ?"), {checkInId.toLower()})
        && count(checkInId.toLower(), volunteer, halfHours, station)
        && tellStation(checkInId.toLower(), station, QStringLiteral("approved"), halfHours, {});
}

bool CheckInDesk::tellStation(const QString &checkInId, const QString &stationId, const QString &status, qint64 halfHours,
                              const QString &reason)
{
    QJsonObject data{{QStringLiteral("status"), status},
                     {QStringLiteral("hours"), core::VolunteerHours::fromHalfHours(halfHours).hours()},
                     {QStringLiteral("changedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return ChangeFeed(m_db).append(stationId, {0, QStringLiteral("duty_status"), checkInId, data, false});
}

bool CheckInDesk::refuseDuty(const QString &checkInId, const QString &reason, QString *problem)
{
    if (reason.trimmed().isEmpty()) {
        *problem = QStringLiteral("--reason: plain words for the volunteer");
        return false;
    }
    auto q = m_db.exec(QStringLiteral("UPDATE volunteer_checks SET duty_status = 'refused', duty_reason = ?"
                                      " WHERE id = ? AND duty_status = 'pending'"),
                       {reason.trimmed().left(200), checkInId.toLower()});
    if (!q || q->numRowsAffected() != 1) {
        *problem = QStringLiteral("no station duty %1 waiting for approval").arg(checkInId);
        return false;
    }
    auto row = m_db.exec(QStringLiteral("SELECT station_id, half_hours FROM volunteer_checks WHERE id = ?"), {checkInId.toLower()});
    if (!row || !row->next())
        return false;
    const QString station = row->value(0).toString();
    const qint64 halfHours = row->value(1).toLongLong();
    row->finish();
    return tellStation(checkInId.toLower(), station, QStringLiteral("refused"), halfHours, reason.trimmed().left(200));
}

std::optional<QList<CheckInDesk::Period>> CheckInDesk::periods(const QString &volunteerId, QDate from, QDate to)
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.volunteer_id, c.station_id, s.name, COALESCE(c.assignment_id, ''),"
                                      " COALESCE(r.payload, ''), c.checked_in_at, c.ends_at, c.half_hours, c.duty_status,"
                                      " c.counted FROM volunteer_checks c JOIN stations s ON s.id = c.station_id"
                                      " LEFT JOIN assignments a ON a.id = c.assignment_id"
                                      " LEFT JOIN records r ON r.id = a.record_id"
                                      " WHERE c.volunteer_id = ? ORDER BY c.checked_in_at, c.id"),
                       {volunteerId});
    if (!q)
        return std::nullopt;
    QList<Period> out;
    const QTimeZone zone = StationClock::now().timeZone();
    while (q->next()) {
        Period p;
        p.checkInId = q->value(0).toString();
        p.volunteerId = q->value(1).toString();
        p.stationId = q->value(2).toString();
        p.stationName = q->value(3).toString();
        p.assignmentId = q->value(4).toString();
        p.helpType = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object().value(QStringLiteral("helpType")).toString();
        p.start = QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong(), Qt::UTC);
        if (!q->value(7).isNull())
            p.end = QDateTime::fromMSecsSinceEpoch(q->value(7).toLongLong(), Qt::UTC);
        p.halfHours = q->value(8).toLongLong();
        p.dutyStatus = q->value(9).toString();
        p.counted = q->value(10).toInt() != 0;
        const QDate day = p.start.toTimeZone(zone).date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            continue;
        out.append(p);
    }
    return out;
}

} // namespace server
