// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/change.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace core::wire {

/// @brief The body of GET /v1/sync/changes: a page of changes, the cursor to ask from next, and
/// whether more pages wait.
struct ChangesPage
{
    static constexpr int defaultLimit = 200;
    static constexpr int maxLimit = 1000;

    QList<Change> changes;
    QString cursor; ///< opaque to the kiosk: store it and send it back as `since`
    bool more = false;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<ChangesPage> fromJson(const QByteArray &body);
};

} // namespace core::wire
