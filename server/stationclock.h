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
};

} // namespace server
