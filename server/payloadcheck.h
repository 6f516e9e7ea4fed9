// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace server {

/// @brief Checks of a pushed payload's values beyond its JSON shape, with the rules the kiosk
/// itself applies before it saves (so a refusal means a kiosk out of step, and the item parks).
class PayloadCheck
{
public:
    /// Plain words for a `phone` that is not a phone number by core::PhoneNumber; empty when
    /// there is none or it is one. Never quotes the number.
    [[nodiscard]] static QString phoneProblem(const QJsonObject &payload);
};

} // namespace server
