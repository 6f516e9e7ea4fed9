// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consolestationchoices.h"

#include "server/console/consolerouter.h"

#include <QJsonArray>
#include <QSet>

namespace server::console {

QList<ConsoleRoute> ConsoleStationChoices::routes()
{
    return {{QStringLiteral("GET"), QStringLiteral("/console/api/stations/choices"), &ConsoleStationChoices::choices}};
}

ApiResponse ConsoleStationChoices::choices(const ConsoleCall &call)
{
    auto q = call.db.exec(QStringLiteral("SELECT id, name, district FROM stations WHERE %1 ORDER BY district, name, id")
                              .arg(call.scope.clause(QStringLiteral("id"))),
                          call.scope.values());
    if (!q)
        return ConsoleRouter::storageUnavailable();
    QJsonArray stations;
    QStringList districts;
    while (q->next()) {
        const QString district = q->value(2).toString();
        stations.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                    {QStringLiteral("name"), q->value(1).toString()},
                                    {QStringLiteral("district"), district}});
        if (!district.isEmpty() && !districts.contains(district))
            districts.append(district);
    }
    return ApiResponse::json(200, {{QStringLiteral("districts"), QJsonArray::fromStringList(districts)},
                                   {QStringLiteral("stations"), stations}});
}

} // namespace server::console
