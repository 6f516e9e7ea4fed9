// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/stationinfo.h"

#include <QDateTime>

namespace server {

QJsonObject StationInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("district"), district},
                  {QStringLiteral("enrolled"), enrolled},
                  {QStringLiteral("revoked"), revoked}};
    if (lastContactAt > 0)
        o.insert(QStringLiteral("lastContactAt"),
                 QDateTime::fromMSecsSinceEpoch(lastContactAt, Qt::UTC).toString(Qt::ISODateWithMs));
    if (backlog >= 0)
        o.insert(QStringLiteral("backlog"), backlog);
    return o;
}

QJsonObject StationInfo::toStaffJson() const
{
    auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    QJsonObject o = toJson();
    if (health)
        o.insert(QStringLiteral("health"), health->toJson());
    if (healthAt > 0)
        o.insert(QStringLiteral("healthAt"), iso(healthAt));
    if (enrollmentCodeValidUntil > 0)
        o.insert(QStringLiteral("enrollmentCodeValidUntil"), iso(enrollmentCodeValidUntil));
    return o;
}

} // namespace server
