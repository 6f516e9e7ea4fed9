// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/outboxitem.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace core::wire {

/// @brief The body of POST /v1/sync/push: {"items": [OutboxItem, ...]}.
struct PushBatch
{
    /// The most items one batch may carry; the server answers 400 above it.
    static constexpr int maxItems = 500;

    QList<OutboxItem> items;
    /// How many items still wait in the kiosk's outbox after this batch (-1: not told); the
    /// server records it so staff at the centre can see stations that fall behind.
    int backlog = -1;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<PushBatch> fromJson(const QByteArray &body, FieldProblem *problem);
};

} // namespace core::wire
