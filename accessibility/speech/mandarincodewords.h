// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace speech {

/// @brief Mandarin readings of numbers that are names, not amounts: phone numbers, ID numbers,
/// masked numbers, codes and queue numbers (pure functions).
///
/// Groups are separated by "，" so eSpeak pauses between them, as a person reading a number
/// aloud does; phone and ID digits say 1 as 幺.
namespace MandarinCodeWords {

/// 11 digits (a mobile number) in 3-4-4 groups: 幺三八，幺二三四，五六七八. Other lengths in
/// groups of four from the end, the first group taking what is left.
[[nodiscard]] QString phone(QStringView digits);

/// A landline with its area code: 010-12345678 → 零幺零，幺二三四，五六七八.
[[nodiscard]] QString landline(QStringView areaCode, QStringView number);

/// An 18-character ID number in 6-8-4 groups (the last may end in the letter X); 15 digits
/// (the old cards) in 6-6-3.
[[nodiscard]] QString idNumber(QStringView characters);

/// A number with hidden digits (138****5678): the digits shown, and in words that digits are
/// hidden, never "asterisk": 幺三八，中间隐去，五六七八.
[[nodiscard]] QString masked(QStringView shownBefore, QStringView shownAfter);

/// A code of letters and digits, one character at a time with a pause between (A7K2 →
/// A，七，K，二); letters upper case so the voice says the letter's name. Two characters
/// (B1) are said together: B 一.
[[nodiscard]] QString code(QStringView characters);

/// A queue number, letter and three digits: A012 → A 零一二.
[[nodiscard]] QString queueNumber(QChar letter, QStringView digits);

} // namespace MandarinCodeWords

} // namespace speech
