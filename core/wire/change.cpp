// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/change.h"

#include <QJsonValue>

namespace core::wire {

QJsonObject Change::toJson() const
{
    QJsonObject o{{QStringLiteral("seq"), QString::number(seq)},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("data"), data}};
    if (deleted)
        o.insert(QStringLiteral("deleted"), true);
    return o;
}

std::optional<Change> Change::fromJson(const QJsonObject &object)
{
    Change c;
    bool ok = false;
    // Sequence numbers travel as strings: JSON numbers lose precision above 2^53 in many parsers.
    c.seq = object.value(QStringLiteral("seq")).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    c.entity = object.value(QStringLiteral("entity")).toString();
    c.key = object.value(QStringLiteral("key")).toString();
    if (c.entity.isEmpty() || c.key.isEmpty())
        return std::nullopt;
    c.data = object.value(QStringLiteral("data")).toObject();
    c.deleted = object.value(QStringLiteral("deleted")).toBool(false);
    return c;
}

} // namespace core::wire
