// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/outboxwriter.h"

#include "kiosk/store/confirmationcode.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

OutboxWriter::OutboxWriter(Database &db)
    : m_db(db)
{
}

Result<void> OutboxWriter::enqueue(const QString &id, const QString &kind, QJsonObject payload, const QDateTime &at) const
{
    payload.insert(QStringLiteral("id"), id);
    payload.insert(QStringLiteral("createdAt"), SqlValues::utc(at));
    auto q = m_db.exec(QStringLiteral("INSERT INTO outbox(id, kind, payload, created_at) VALUES(?, ?, ?, ?)"),
                       {id, kind, SqlValues::json(payload), SqlValues::utc(at)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QString> OutboxWriter::uniqueCode(const QString &table) const
{
    // 32^5 codes: a clash is rare, but a visitor must never be handed someone else's code.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = ConfirmationCode::generate();
        auto taken = m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(table), {code});
        if (!taken.ok())
            return taken.error();
        if (!taken.value().isValid())
            return code;
    }
    return StoreError::storage(QStringLiteral("no free confirmation code in %1").arg(table));
}

} // namespace store
