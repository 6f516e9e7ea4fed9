// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// @brief Where a visitor's text may break across lines: never inside a Mandarin word, a
/// number, a date, a phone or ID number, a code or a hyphenated English word, and never so
/// that a sentence ends with one character alone on its line.
///
/// Qt's Text breaks between any two Chinese characters (Unicode line-break class ID), so
/// "确认" could end one line with 确 and start the next with 认. keepTogether() finds the
/// words with ICU's dictionary word breaker and puts U+2060 WORD JOINER (no break on either
/// side, drawn as nothing) between their characters; short words (的, 键, 请 ...) stay with
/// a neighbour, so a line never starts or ends with a particle cut from its word. Numbers
/// get joiners around their separators (2026-03-25, 10:30, 03/25) and narrow no-break spaces
/// between their groups (138 0013 8000); "check-in" gets one after its hyphen. Curly quotes, which
/// Qt never breaks beside, get a U+200B ZERO WIDTH SPACE before “ and after ” in Chinese.
///
/// The characters are for the screen only: the speech normaliser drops them (withoutJoiners),
/// and tests that compare a control's text with a literal read it through the same function.
class LineBreaking
{
public:
    static constexpr char16_t kWordJoiner = u'\u2060';
    /// U+202F NARROW NO-BREAK SPACE, not U+00A0: a text's own no-break spaces ("2.5 hours")
    /// stay apart from the ones put in here, so withoutJoiners() gives back the text as written.
    static constexpr char16_t kNoBreakSpace = u'\u202F';
    static constexpr char16_t kZeroWidthSpace = u'\u200B';

    /// The text with joiners wherever a line must not break. Idempotent: joiners already
    /// there are dropped first, so a text passed twice reads the same.
    [[nodiscard]] static QString keepTogether(const QString &text);

    /// Only the number rules (separators, groups, 2026年3月25日): for formatters of numbers
    /// and dates, which need no dictionary.
    [[nodiscard]] static QString keepNumbersWhole(const QString &text);

    /// The text as written: word joiners and zero-width spaces removed, the narrow no-break
    /// spaces put in back to plain spaces (a text's own U+00A0 stays).
    [[nodiscard]] static QString withoutJoiners(const QString &text);
};
