// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace server {

/// @brief The stations' own calendar: every station is in mainland China (Asia/Shanghai,
/// UTC+8 all year), so "a day in the past" means before the stations' today, whatever zone the
/// server runs in.
class StationClock
{
public:
    [[nodiscard]] static QDate today();
    [[nodiscard]] static QDateTime now();
    /// `ms` since the epoch as the stations' clock reads it, to the minute ("2026-12-01 09:30"),
    /// as staff see every time in the admin commands.
    [[nodiscard]] static QString localMinute(qint64 ms);
};

} // namespace server
