// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/demovolunteers.h"

#include "server/database.h"
#include "server/volunteerregistry.h"

namespace server {

namespace {

struct DemoVolunteer
{
    const char *number, *name, *givenName, *phone, *skills;
    double hours;
};

// The kiosk demo's roster, number for number (its skills with ',' there, ';' here).
const DemoVolunteer volunteers[] = {
    {"TJ-V-000101", "王芳", "芳", "13800000101", "accompany_to_hospital;travel_assistance", 120},
    {"TJ-V-000102", "李强", "强", "13800000102", "reading_and_forms;home_visit", 350},
    {"TJ-V-000103", "张敏", "敏", "13800000103", "shopping_and_meals", 45},
    {"TJ-V-000104", "刘洋", "洋", "13800000104", "sign_language", 720},
    {"TJ-V-000105", "陈静", "静", "13800000105", "home_visit;reading_and_forms", 1600},
};

} // namespace

bool DemoVolunteers::seed(Database &db, const QString &stationId)
{
    VolunteerRegistry registry(db);
    for (const DemoVolunteer &v : volunteers) {
        VolunteerRegistry::Record r{QString::fromLatin1(v.number), QString::fromUtf8(v.name), QString::fromLatin1(v.phone),
                                    stationId, QString::fromLatin1(v.skills), v.hours};
        r.givenName = QString::fromUtf8(v.givenName);
        // A re-run keeps the hours served since (the demo's check-outs count on the server).
        const QVariant served = db.scalar(QStringLiteral("SELECT hours_total FROM volunteers WHERE id = ?"), {r.id});
        if (served.isValid())
            r.hoursTotal = served.toDouble();
        if (!registry.upsert(r))
            return false;
    }
    return true;
}

} // namespace server
