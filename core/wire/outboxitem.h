// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/fieldproblem.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace core::wire {

/// @brief One visitor-originated record as it travels from the kiosk's outbox to the server.
///
/// `createdAt` is the kiosk's clock and stays data: the server orders by its own received time.
struct OutboxItem
{
    QString id;        ///< UUID made on the kiosk (version 7), the idempotency key
    QString kind;      ///< one of RecordKind::all()
    QString createdAt; ///< kiosk time, ISO 8601
    QJsonObject payload;

    [[nodiscard]] QJsonObject toJson() const;
    /// Structural check only (types and presence); `path` prefixes field names in problems.
    /// An unknown kind is not a structural problem: the server rejects that item alone.
    [[nodiscard]] static std::optional<OutboxItem> fromJson(const QJsonValue &value,
                                                            const QString &path,
                                                            FieldProblem *problem);
    /// True for the canonical textual form of a UUID, 8-4-4-4-12 lowercase or uppercase hex.
    [[nodiscard]] static bool isUuid(const QString &text);
};

} // namespace core::wire
