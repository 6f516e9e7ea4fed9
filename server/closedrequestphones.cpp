// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/closedrequestphones.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace server {

namespace {

const QString phoneField = QStringLiteral("phone");

} // namespace

const QStringList &ClosedRequestPhones::kinds()
{
    static const QStringList list{QStringLiteral("volunteer_request"), QStringLiteral("home_assessment_request")};
    return list;
}

bool ClosedRequestPhones::forget(const QString &recordId)
{
    auto q = m_db.exec(QStringLiteral("SELECT payload FROM records WHERE id = ?"), {recordId});
    if (!q)
        return false;
    if (!q->next())
        return true;
    return forgetInPayload(recordId, q->value(0).toString());
}

int ClosedRequestPhones::sweep()
{
    // Only kinds whose payload carries a phone; the LIKE keeps the read to rows that may hold one
    // (the check below decides, on the parsed payload).
    auto q = m_db.exec(QStringLiteral("SELECT id, payload FROM records WHERE status IN ('done', 'cancelled')"
                                      " AND kind IN ('%1') AND payload LIKE '%\"phone\"%'")
                           .arg(kinds().join(QStringLiteral("', '"))));
    if (!q)
        return -1;
    QList<QPair<QString, QString>> closed;
    while (q->next())
        closed.append({q->value(0).toString(), q->value(1).toString()});
    int cleared = 0;
    for (const auto &[id, payload] : closed) {
        const bool had = !QJsonDocument::fromJson(payload.toUtf8()).object().value(phoneField).toString().isEmpty();
        if (!forgetInPayload(id, payload))
            return -1;
        cleared += had ? 1 : 0;
    }
    return cleared;
}

bool ClosedRequestPhones::forgetInPayload(const QString &recordId, const QString &payload)
{
    QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (!object.contains(phoneField))
        return true;
    object.remove(phoneField);
    return m_db
        .exec(QStringLiteral("UPDATE records SET payload = ? WHERE id = ?"),
              {QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), recordId})
        .has_value();
}

} // namespace server
