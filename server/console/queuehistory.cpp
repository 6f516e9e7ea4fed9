// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queuehistory.h"

#include "server/database.h"

#include <QDateTime>
#include <QJsonObject>

namespace server::console {

bool QueueHistory::add(const QueueItem &item, const ConsoleUser &who, const QString &action, const QString &status,
                       const QString &note)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO console_notes (entity, entity_id, at, login, action, status, note)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {QueueKinds::entity(item.kind), item.id, QDateTime::currentMSecsSinceEpoch(), who.login, action, status,
               note})
        .has_value();
}

std::optional<QJsonArray> QueueHistory::of(const QueueItem &item)
{
    // The name as the account has it now; a removed account still shows its login.
    auto q = m_db.exec(QStringLiteral("SELECT n.at, COALESCE(u.display_name, n.login), n.action, n.status, n.note"
                                      " FROM console_notes n LEFT JOIN console_users u ON u.login = n.login"
                                      " WHERE n.entity = ? AND n.entity_id = ? ORDER BY n.at, n.id"),
                       {QueueKinds::entity(item.kind), item.id});
    if (!q)
        return std::nullopt;
    QJsonArray out;
    while (q->next()) {
        out.append(QJsonObject{{QStringLiteral("at"), QueueItem::isoTime(q->value(0).toLongLong())},
                               {QStringLiteral("by"), q->value(1).toString()},
                               {QStringLiteral("action"), q->value(2).toString()},
                               {QStringLiteral("status"), q->value(3).toString()},
                               {QStringLiteral("note"), q->value(4).toString()}});
    }
    return out;
}

} // namespace server::console
