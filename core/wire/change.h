// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace core::wire {

/// @brief One row of the change feed: the new state of one server-owned entity.
///
/// Entities: "service" (catalogue), "slot", "volunteer", "assignment", "certificate",
/// "request_status". `key` identifies the entity within its kind; `deleted` withdraws it.
struct Change
{
    qint64 seq = 0; ///< server-assigned, strictly increasing in commit order
    QString entity;
    QString key;
    QJsonObject data;
    bool deleted = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<Change> fromJson(const QJsonObject &object);
};

} // namespace core::wire
