// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/outboxitem.h"
#include "core/wire/stationhealth.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace core::wire {

/// @brief The body of POST /v1/sync/push: {"items": [OutboxItem, ...], "backlog": n, "station": {...}}.
///
/// `items` holds at least one item, except in a push that carries only the station's state
/// (the kiosk sends one now and then while its outbox is empty).
struct PushBatch
{
    /// The most items one batch may carry; the server answers 400 above it.
    static constexpr int maxItems = 500;

    QList<OutboxItem> items;
    /// How many items still wait in the kiosk's outbox after this batch (-1: not told); the
    /// server records it so staff at the centre can see stations that fall behind.
    int backlog = -1;
    /// How the kiosk stands (reader, speaker, version, disk, parked items); absent from kiosks
    /// older than the console.
    std::optional<StationHealth> station;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<PushBatch> fromJson(const QByteArray &body, FieldProblem *problem);
};

} // namespace core::wire
