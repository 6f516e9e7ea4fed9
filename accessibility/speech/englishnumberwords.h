// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace speech {

/// @brief English words for numbers, times and dates (pure functions).
///
/// The words come from ICU's rule-based spell-out for "en" (RuleBasedNumberFormat,
/// URBNF_SPELLOUT: %spellout-cardinal-verbose, %spellout-ordinal, %spellout-numbering-year),
/// the same CLDR rules other software says; only the British "and" in 2001-2009 and the
/// clock's "o'clock"/"oh" are the kiosk's own.
namespace EnglishNumberWords {

/// 0..999999: 46 "forty-six", 101 "one hundred and one", 2000 "two thousand".
/// Empty beyond that range (eSpeak reads those itself).
[[nodiscard]] QString cardinal(long long value);
/// 1..31: "first", "second", "twenty-third".
[[nodiscard]] QString ordinal(int value);
/// Each digit: 138 "one three eight"; X is the letter.
[[nodiscard]] QString eachDigit(QStringView digits);
/// A year as it is said: 2025 "twenty twenty-five", 2000 "two thousand", 2005 "two thousand
/// and five", 1990 "nineteen ninety", 1905 "nineteen oh five".
[[nodiscard]] QString year(QStringView digits);
/// A clock time: 8:46 "eight forty-six", 9:00 "nine o'clock", 8:05 "eight oh five";
/// with `suffix` ("a.m."/"p.m.", may be empty) 9:00 is "nine a.m.". Null when out of range.
[[nodiscard]] QString clock(QStringView hour, QStringView minute, const QString &suffix = {});
/// A month's name, 1..12; empty otherwise.
[[nodiscard]] QString monthName(int month);

} // namespace EnglishNumberWords

} // namespace speech
