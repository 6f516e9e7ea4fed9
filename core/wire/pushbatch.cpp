// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/pushbatch.h"

#include "core/wire/jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace core::wire {

QByteArray PushBatch::toJson() const
{
    QJsonArray array;
    for (const OutboxItem &item : items)
        array.append(item.toJson());
    QJsonObject o{{QStringLiteral("items"), array}};
    if (backlog >= 0)
        o.insert(QStringLiteral("backlog"), backlog);
    if (station)
        o.insert(QStringLiteral("station"), station->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PushBatch> PushBatch::fromJson(const QByteArray &body, FieldProblem *problem)
{
    auto fail = [&](const QString &field, const QString &message) -> std::optional<PushBatch> {
        if (problem)
            *problem = {field, message};
        return std::nullopt;
    };
    const auto object = JsonBody::object(body, problem);
    if (!object)
        return std::nullopt;
    const QJsonValue items = object->value(QStringLiteral("items"));
    if (!items.isArray())
        return fail(QStringLiteral("items"), QStringLiteral("must be an array"));
    const QJsonArray array = items.toArray();
    const QJsonValue station = object->value(QStringLiteral("station"));
    if (array.isEmpty() && station.isUndefined())
        return fail(QStringLiteral("items"), QStringLiteral("must hold at least one item (or the push carries station)"));
    if (array.size() > maxItems)
        return fail(QStringLiteral("items"), QStringLiteral("holds %1 items, at most %2 are allowed")
                                                 .arg(array.size()).arg(maxItems));
    PushBatch batch;
    const QJsonValue backlog = object->value(QStringLiteral("backlog"));
    if (!backlog.isUndefined()) {
        if (!backlog.isDouble() || backlog.toDouble() < 0 || backlog.toDouble() != double(backlog.toInt()))
            return fail(QStringLiteral("backlog"), QStringLiteral("must be a whole number, 0 or more"));
        batch.backlog = backlog.toInt();
    }
    if (!station.isUndefined()) {
        batch.station = StationHealth::fromJson(station, QStringLiteral("station"), problem);
        if (!batch.station)
            return std::nullopt;
    }
    batch.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = OutboxItem::fromJson(array.at(i), QStringLiteral("items[%1]").arg(i), problem);
        if (!item)
            return std::nullopt;
        batch.items.append(*item);
    }
    return batch;
}

} // namespace core::wire
