// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace server {

/// @brief When a volunteer can help: a week grid of days (mon..sun) by parts of the day
/// (morning, afternoon, evening: core::DayParts without "any"), as a registration sends it:
/// {"mon": ["morning", "evening"], "sat": ["afternoon"]}. A day left out is a day off.
class WeekAvailability
{
public:
    [[nodiscard]] static const QStringList &days();
    /// The grid in a fixed order without empty days; nullopt with `problem` ("availability.tue:
    /// ...") when it is not such a grid or has no part of any day.
    [[nodiscard]] static std::optional<QJsonObject> read(const QJsonValue &value, QString *problem);
    /// The parts of the day found on any day, for the matcher (volunteers.availability).
    [[nodiscard]] static QStringList dayParts(const QJsonObject &grid);
};

} // namespace server
