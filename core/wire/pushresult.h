// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace core::wire {

/// @brief The server's answer for one pushed item: accepted, duplicate (already stored), or rejected.
struct PushResult
{
    enum class Outcome { Accepted, Duplicate, Rejected };

    QString id;
    Outcome outcome = Outcome::Accepted;
    QString reason; ///< plain words, only for Rejected

    /// Accepted and Duplicate both mean "the server has it": the kiosk may delete the item.
    [[nodiscard]] bool isStored() const { return outcome != Outcome::Rejected; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PushResult> fromJson(const QJsonObject &object);
    [[nodiscard]] static QString outcomeName(Outcome outcome);
};

} // namespace core::wire
