// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consoleaudit.h"

#include "server/database.h"

#include <QDateTime>

namespace server::console {

ConsoleAudit::ConsoleAudit(Database &db) : m_db(db) {}

bool ConsoleAudit::record(const ConsoleUser &who, const QString &action, const QString &entity, const QString &entityId,
                          const QString &stationId, const QString &detail)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO console_audit (at, login, action, entity, entity_id, station_id, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {QDateTime::currentMSecsSinceEpoch(), who.login, action, entity, entityId, stationId, detail})
        .has_value();
}

} // namespace server::console
