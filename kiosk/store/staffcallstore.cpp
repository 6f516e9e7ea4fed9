// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/staffcallstore.h"

#include "core/translatabletext.h"
#include "kiosk/store/sqlvalues.h"

#include <QSqlQuery>

namespace store {

namespace {

using Kind = StoreError::Kind;
using State = StaffCallRecord::State;

// The call's columns and where its outbox entry stands: none (delivered), parked or waiting.
const QString kColumns = QStringLiteral(
    "SELECT c.id, c.reason, c.created_at, c.state, c.acknowledged_at, c.closed_at,"
    " CASE WHEN o.id IS NULL THEN 'delivered' WHEN o.parked_reason IS NOT NULL THEN 'refused' ELSE 'waiting' END"
    " FROM help_calls c LEFT JOIN outbox o ON o.id = c.id");

StaffCallRecord rowOf(const QSqlQuery &row)
{
    StaffCallRecord call;
    call.id = row.value(0).toString();
    call.reason = row.value(1).toString();
    call.createdAt = SqlValues::toUtc(row.value(2));
    call.state = StaffCallRecord::stateOf(row.value(3).toString());
    call.acknowledgedAt = row.value(4).isNull() ? QDateTime() : SqlValues::toUtc(row.value(4));
    call.closedAt = row.value(5).isNull() ? QDateTime() : SqlValues::toUtc(row.value(5));
    const QString delivery = row.value(6).toString();
    call.delivery = delivery == u"delivered" ? StaffCallRecord::Delivery::Delivered
                  : delivery == u"refused"   ? StaffCallRecord::Delivery::Refused
                                             : StaffCallRecord::Delivery::Waiting;
    return call;
}

StoreError unknownCall(const QString &id)
{
    return StoreError::make(Kind::NotFound,
                            core::TranslatableText::translate("store::StaffCallStore", "This call is no longer on the list."),
                            QStringLiteral("help call %1").arg(id));
}

} // namespace

StaffCallStore::StaffCallStore(StoreContext &context)
    : m_context(context)
{
}

Result<QList<StaffCallRecord>> StaffCallStore::unclosed(int limit) const
{
    auto q = m_context.database().exec(kColumns + QStringLiteral(" WHERE c.state IN ('open', 'acknowledged')"
                                                                 " ORDER BY c.created_at, c.id LIMIT ?"),
                                       {qMax(1, limit)});
    if (!q.ok())
        return q.error();
    QList<StaffCallRecord> out;
    QSqlQuery &rows = q.value();
    while (rows.next())
        out.append(rowOf(rows));
    return out;
}

Result<std::optional<StaffCallRecord>> StaffCallStore::call(const QString &id) const
{
    auto q = m_context.database().exec(kColumns + QStringLiteral(" WHERE c.id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<StaffCallRecord>();
    return std::optional<StaffCallRecord>(rowOf(q.value()));
}

Result<StaffCallRecord> StaffCallStore::acknowledge(const QString &id)
{
    return move(id, State::Acknowledged);
}

Result<StaffCallRecord> StaffCallStore::close(const QString &id)
{
    return move(id, State::Closed);
}

Result<StaffCallRecord> StaffCallStore::move(const QString &id, State to)
{
    Database &db = m_context.database();
    const QString at = SqlValues::utc(m_context.now());
    return db.write([&]() -> Result<StaffCallRecord> {
        auto found = call(id);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return unknownCall(id);
        const State now = found.value()->state;
        if (now == State::Closed || (to == State::Acknowledged && now == State::Acknowledged)) {
            return StoreError::make(Kind::AlreadyDone,
                                    now == State::Closed
                                        ? core::TranslatableText::translate("store::StaffCallStore", "This call is closed already.")
                                        : core::TranslatableText::translate("store::StaffCallStore",
                                                                            "Someone has acknowledged this call already."));
        }
        const QString column = to == State::Acknowledged ? QStringLiteral("acknowledged_at") : QStringLiteral("closed_at");
        auto updated = db.exec(QStringLiteral("UPDATE help_calls SET state = ?, %1 = ? WHERE id = ?").arg(column),
                               {StaffCallRecord::stateKey(to), at, id});
        if (!updated.ok())
            return updated.error();
        auto moved = call(id);
        if (!moved.ok())
            return moved.error();
        if (!moved.value())
            return unknownCall(id);
        return *moved.value();
    });
}

} // namespace store
