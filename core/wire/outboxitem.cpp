// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/outboxitem.h"

#include <QJsonValue>

namespace core::wire {

QJsonObject OutboxItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("payload"), payload}};
}

bool OutboxItem::isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

std::optional<OutboxItem> OutboxItem::fromJson(const QJsonValue &value, const QString &path,
                                               FieldProblem *problem)
{
    auto fail = [&](const QString &field, const QString &message) -> std::optional<OutboxItem> {
        if (problem)
            *problem = {path.isEmpty() ? field : path + u'.' + field, message};
        return std::nullopt;
    };
    if (!value.isObject()) {
        if (problem)
            *problem = {path, QStringLiteral("must be an object")};
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    OutboxItem item;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString())
        return fail(QStringLiteral("id"), QStringLiteral("must be a string (a UUID)"));
    item.id = id.toString().toLower();
    if (!isUuid(item.id))
        return fail(QStringLiteral("id"), QStringLiteral("must be a UUID such as 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    const QJsonValue kind = o.value(QStringLiteral("kind"));
    if (!kind.isString() || kind.toString().isEmpty())
        return fail(QStringLiteral("kind"), QStringLiteral("must be a non-empty string"));
    item.kind = kind.toString();
    const QJsonValue created = o.value(QStringLiteral("createdAt"));
    if (!created.isUndefined() && !created.isString())
        return fail(QStringLiteral("createdAt"), QStringLiteral("must be a string (ISO 8601)"));
    item.createdAt = created.toString();
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    if (!payload.isObject())
        return fail(QStringLiteral("payload"), QStringLiteral("must be an object"));
    item.payload = payload.toObject();
    return item;
}

} // namespace core::wire
