// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace speech {

/// @brief Mandarin words for numbers, as Chinese characters the pinyin voice reads correctly.
///
/// Pure functions. eSpeak NG 1.51 reads digit strings by thousands and drops zeros (10000 as
/// 十千, 101 as 一百一); these spell them the way a Mandarin listener expects.
///
/// Written by hand, not with ICU's "zh" spell-out (English uses ICU, EnglishNumberWords): what
/// is said depends on the words around the number, which ICU's rules cannot see. ICU 72 gives
/// 2000 二千, 12000 一万二千 and 2 二 everywhere, where a listener says 两千, 一万两千 and 两个 /
/// 两点 (count() and the normaliser decide 两 by the word after it); phone and ID digits say 1
/// as 幺 (eachDigitCalled), which no ICU rule set has; and years, codes and queue numbers are
/// said digit by digit (二零二五), a choice made by context, not by the number.
namespace MandarinNumberWords {

/// Cardinal number of a digit string (no sign, up to 16 digits; leading zeros ignored):
/// 101 一百零一, 1001 一千零一, 10000 一万, 110105 十一万零一百零五, 2000 两千, 2 二.
/// 两 stands before 千, 万 and 亿 where it is said (2000 两千, 20000 两万, 12000 一万两千),
/// never in 十二 or 二十; 10-19 at the start are 十..十九. Empty for an empty or too long string.
[[nodiscard]] QString cardinal(QStringView digits);

/// A decimal: 1.5 一点五, 0.25 零点二五, 3.0 三点零 (the fraction digit by digit).
[[nodiscard]] QString decimal(QStringView integerDigits, QStringView fractionDigits);

/// Each digit on its own: 2025 二零二五 (years, queue numbers, codes); 1 is 一.
[[nodiscard]] QString eachDigit(QStringView digits);

/// Each digit on its own with 1 as 幺 (phone and ID numbers, where 一 and 七 are confused);
/// an X or x (the check digit of an ID number) is the letter X.
[[nodiscard]] QString eachDigitCalled(QStringView digits);

/// 两 instead of 二 for a count of exactly 2 before a measure word (2个 两个, 2位 两位), as
/// cardinal() would otherwise say 二. `following` is the text after the number.
[[nodiscard]] bool saysLiangBefore(QStringView following);

/// A count: cardinal(), with 两 when the number is 2 and a measure word follows.
[[nodiscard]] QString count(QStringView digits, QStringView following);

} // namespace MandarinNumberWords

} // namespace speech
