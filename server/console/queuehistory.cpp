// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queuehistory.h"

#include "server/database.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

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
    QList<Entry> entries;
    while (q->next()) {
        entries.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), true});
    }
    if (!addKept(item, entries))
        return std::nullopt;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    QJsonArray out;
    for (const Entry &e : entries) {
        out.append(QJsonObject{{QStringLiteral("at"), QueueItem::isoTime(e.at)},
                               {QStringLiteral("by"), e.by},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("status"), e.status},
                               {QStringLiteral("note"), e.note}});
    }
    return out;
}

bool QueueHistory::addKept(const QueueItem &item, QList<Entry> &entries)
{
    // A console change writes its note in the desk's transaction, within moments of the desk's
    // own time: such a change is the coordinator's note, not a second entry.
    const auto byConsole = [&](qint64 at, const QString &action, const QString &status) {
        return std::any_of(entries.begin(), entries.end(), [&](const Entry &e) {
            return e.console && qAbs(e.at - at) <= sameMomentMs && (action.isEmpty() ? e.status == status : e.action == action);
        });
    };
    QList<Entry> kept;
    if (item.kind == QueueKind::Help) {
        auto a = m_db.exec(QStringLiteral("SELECT volunteer_id, assigned_at, withdrawn_at FROM assignments"
                                          " WHERE record_id = ? ORDER BY assigned_at"),
                           {item.id});
        if (!a)
            return false;
        while (a->next()) {
            const qint64 at = a->value(1).toLongLong();
            const QString volunteer = QStringLiteral("volunteer %1").arg(a->value(0).toString());
            if (!byConsole(at, QStringLiteral("assigned"), {}))
                kept.append({at, QStringLiteral("server"), QStringLiteral("assigned"), QStringLiteral("assigned"), volunteer, false});
            if (!a->value(2).isNull())
                kept.append({a->value(2).toLongLong(), QStringLiteral("server"), QStringLiteral("withdrawn"), {}, volunteer, false});
        }
    }
    // Only the latest status change is kept by the desks (status_changed_at); earlier ones
    // outside the console are not (openapi.yaml says so).
    // (An item comes in submitted, a booking the console shows refused: their first status is no change.)
    const bool changedSince = item.kind == QueueKind::Booking ? item.status == u"cancelled" : item.status != u"submitted";
    const bool assignedThen = item.status == u"assigned"
        && std::any_of(kept.begin(), kept.end(), [&](const Entry &e) {
               return e.action == u"assigned" && qAbs(e.at - item.statusChangedAtMs) <= sameMomentMs;
           });
    if (changedSince && !assignedThen && !byConsole(item.statusChangedAtMs, {}, item.status)
        && !byConsole(item.statusChangedAtMs, QStringLiteral("assigned"), {})) {
        // A visitor cancels at the kiosk; anything else is the server's own (an admin command).
        const bool kiosk = item.status == u"cancelled" && item.kind != QueueKind::Application;
        kept.append({item.statusChangedAtMs, kiosk ? QStringLiteral("kiosk") : QStringLiteral("server"),
                     QStringLiteral("status"), item.status, {}, false});
    }
    entries.append(kept);
    return true;
}

} // namespace server::console
