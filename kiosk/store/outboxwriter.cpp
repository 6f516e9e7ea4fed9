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
    // Every table that hands a visitor a code: staff ask "your code?" and must find one thing.
    // A new table with a code column is added here.
    static const QStringList codeTables{QStringLiteral("appointments"), QStringLiteral("help_requests"),
                                        QStringLiteral("assessment_requests"), QStringLiteral("volunteer_registrations"),
                                        QStringLiteral("certificate_applications")};
    Q_ASSERT(codeTables.contains(table));
    QStringList taken;
    for (const QString &t : codeTables)
        taken.append(QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(t));
    const QString anyTaken = taken.join(QStringLiteral(" UNION ALL "));
    // 32^5 codes: a clash is rare, but a visitor must never be handed someone else's code.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = ConfirmationCode::generate();
        const QVariantList values(codeTables.size(), code);
        auto found = m_db.scalar(anyTaken, values);
        if (!found.ok())
            return found.error();
        if (!found.value().isValid())
            return code;
    }
    return StoreError::storage(QStringLiteral("no free confirmation code for %1").arg(table));
}

} // namespace store
