// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/volunteertablereads.h"

#include "core/givenname.h"
#include "kiosk/store/sqlvalues.h"

#include <QSqlQuery>

namespace store {

QString VolunteerTableReads::columns()
{
    return QStringLiteral("v.id, v.volunteer_number, v.name, v.served_half_hours, v.skills, v.given_name");
}

VolunteerRecord VolunteerTableReads::read(const QSqlQuery &row)
{
    VolunteerRecord v;
    v.id = row.value(0).toString();
    v.number = row.value(1).toString();
    v.name = row.value(2).toString();
    v.served = core::VolunteerHours::fromHalfHours(row.value(3).toLongLong());
    v.skills = row.value(4).toString().split(u',', Qt::SkipEmptyParts);
    v.givenName = row.value(5).toString();
    // Rows of servers before registration had no given name: greet by the rule the server uses.
    if (v.givenName.isEmpty())
        v.givenName = core::GivenName::of(v.name);
    return v;
}

Result<std::optional<VolunteerRecord>> VolunteerTableReads::byNumber(const Database &db, const QString &number)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM volunteers v WHERE v.volunteer_number = ?").arg(columns()),
                     {number.trimmed().toUpper()});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<VolunteerRecord>();
    return std::optional<VolunteerRecord>(read(q.value()));
}

Result<QList<CheckInRow>> VolunteerTableReads::openCheckIns(const Database &db, const QString &volunteerId)
{
    // A check-in whose volunteer left the roster is still open here: staff can close it.
    auto q = db.exec(QStringLiteral("SELECT c.id, c.volunteer_id, COALESCE(v.volunteer_number, c.volunteer_id), "
                                    "COALESCE(v.name, ''), COALESCE(v.given_name, ''), c.at, "
                                    "COALESCE(c.assignment_id, ''), a.title_zh, a.title_en, a.ends_at, c.boot_id, "
                                    "c.monotonic_ms FROM volunteer_checks c "
                                    "LEFT JOIN volunteers v ON v.id = c.volunteer_id "
                                    "LEFT JOIN assignments a ON a.id = c.assignment_id "
                                    "WHERE c.direction = 'in' AND c.closed_by = '' AND (? = '' OR c.volunteer_id = ?) "
                                    "ORDER BY c.at, c.id"),
                     {volunteerId, volunteerId});
    if (!q.ok())
        return q.error();
    QList<CheckInRow> out;
    QSqlQuery &row = q.value();
    while (row.next()) {
        CheckInRow c;
        c.checkInId = row.value(0).toString();
        c.volunteerId = row.value(1).toString();
        c.volunteerNumber = row.value(2).toString();
        c.volunteerName = row.value(3).toString();
        c.givenName = row.value(4).toString();
        if (c.givenName.isEmpty())
            c.givenName = core::GivenName::of(c.volunteerName);
        c.since = SqlValues::toLocalTime(row.value(5));
        c.assignmentId = row.value(6).toString();
        c.assignmentTitle = SqlValues::toText(row, 7);
        c.assignmentEndsAt = SqlValues::toLocalTime(row.value(9));
        c.bootId = row.value(10).toString();
        if (!row.value(11).isNull())
            c.monotonicMs = row.value(11).toLongLong();
        out.append(c);
    }
    return out;
}

} // namespace store
