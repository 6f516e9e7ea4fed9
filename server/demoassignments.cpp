// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/demoassignments.h"

#include "server/database.h"
#include "server/stationclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace server {

namespace {

struct DemoAssignment
{
    const char *id, *volunteer, *helpType, *startsAt;
};

// The kiosk demo's assignments of today, id for id (asg-2 is station work without a help type).
const DemoAssignment assignments[] = {
    {"asg-1", "TJ-V-000101", "accompany_to_hospital", "09:00"},
    {"asg-2", "TJ-V-000102", "", "09:00"},
    {"asg-3", "TJ-V-000103", "shopping_and_meals", "14:00"},
    {"asg-4", "TJ-V-000104", "sign_language", "10:00"},
    {"asg-5", "TJ-V-000102", "reading_and_forms", "14:00"},
};

bool seedOne(Database &db, const QString &stationId, const DemoAssignment &a)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString requestId = DemoAssignments::requestIdOf(QString::fromLatin1(a.id));
    const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // No visitor: the demo's requests name nobody, and count as nobody served.
    const QJsonObject payload{{QStringLiteral("id"), requestId},
                              {QStringLiteral("createdAt"), createdAt},
                              {QStringLiteral("helpType"), QString::fromLatin1(a.helpType)},
                              {QStringLiteral("visitorKey"), QString()},
                              {QStringLiteral("phone"), QString()},
                              {QStringLiteral("wantedDay"), QString()},
                              {QStringLiteral("dayPart"), QStringLiteral("any")},
                              {QStringLiteral("place"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("station")},
                                                                    {QStringLiteral("placeId"), QString()}}},
                              {QStringLiteral("noteKeys"), QJsonArray()}};
    const QString agreedAt = StationClock::today().toString(Qt::ISODate) + u'T' + QString::fromLatin1(a.startsAt);
    return db.exec(QStringLiteral("INSERT INTO records (id, station_id, kind, payload, kiosk_created_at, received_at, status,"
                                  " status_changed_at) VALUES (?, ?, 'volunteer_request', ?, ?, ?, 'assigned', ?)"
                                  " ON CONFLICT (id) DO UPDATE SET station_id = excluded.station_id, status = 'assigned'"),
                   {requestId, stationId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                    createdAt, now, now})
        && db.exec(QStringLiteral("INSERT INTO assignments (id, record_id, volunteer_id, station_id, assigned_at, agreed_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET record_id = excluded.record_id,"
                                  " volunteer_id = excluded.volunteer_id, station_id = excluded.station_id,"
                                  " agreed_at = excluded.agreed_at, withdrawn_at = NULL"),
                   {QString::fromLatin1(a.id), requestId, QString::fromLatin1(a.volunteer), stationId, now, agreedAt});
}

} // namespace

QString DemoAssignments::requestIdOf(const QString &assignmentId)
{
    static const QUuid demoNamespace(QStringLiteral("6b1c2f0e-3d4a-5b6c-8d7e-9f0a1b2c3d4e"));
    return QUuid::createUuidV5(demoNamespace, assignmentId).toString(QUuid::WithoutBraces);
}

bool DemoAssignments::seed(Database &db, const QString &stationId)
{
    for (const DemoAssignment &a : assignments) {
        if (!seedOne(db, stationId, a))
            return false;
    }
    return true;
}

} // namespace server
