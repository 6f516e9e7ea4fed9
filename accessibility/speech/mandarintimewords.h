// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace speech {

/// @brief Mandarin words for years, dates and clock times (pure functions).
namespace MandarinTimeWords {

/// A year digit by digit: 2025 二零二五 (eSpeak would say 二千二十五).
[[nodiscard]] QString year(QStringView digits);

/// A full date: 2025, 12, 1 → 二零二五年十二月一日. Null when month or day is out of range.
[[nodiscard]] QString date(QStringView year, QStringView month, QStringView day);

/// A clock time: 08:46 八点四十六分, 9:00 九点, 11:30 十一点半, 8:05 八点零五分, 2:00 两点,
/// 0:15 零点十五分; seconds (may be empty) as 秒. Null when hour > 24 or minute > 59.
[[nodiscard]] QString clock(QStringView hour, QStringView minute, QStringView second = {});

} // namespace MandarinTimeWords

} // namespace speech
