// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/englishnumberwords.h"

#include <QStringList>

#include <unicode/fieldpos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>

namespace speech::EnglishNumberWords {

namespace {

const char *const ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                            "eight", "nine"};

/// ICU's English spell-out rules (CLDR), one formatter per thread: the normaliser runs on the
/// synthesis thread and, in tests and kiosk-speech, on the GUI thread.
const icu::RuleBasedNumberFormat *spellout()
{
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("en"), status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }();
    return format.get();
}

/// `value` by the rule set `rules` ("%spellout-cardinal-verbose" ...); empty when ICU fails.
QString spell(long long value, const char *rules)
{
    const icu::RuleBasedNumberFormat *format = spellout();
    if (!format)
        return {};
    icu::UnicodeString words;
    icu::FieldPosition position;
    UErrorCode status = U_ZERO_ERROR;
    format->format(int64_t(value), icu::UnicodeString(rules, -1, US_INV), words, position, status);
    if (U_FAILURE(status))
        return {};
    return QString(reinterpret_cast<const QChar *>(words.getBuffer()), words.length());
}

QString belowHundred(int v)
{
    return spell(v, "%spellout-cardinal");
}

} // namespace

// The British "and" (one hundred and one) is ICU's verbose cardinal; its comma after the
// thousands (nine hundred and ninety-nine thousand, nine hundred ...) would be a pause.
QString cardinal(long long value)
{
    if (value < 0 || value > 999999)
        return {};
    return spell(value, "%spellout-cardinal-verbose").replace(QStringLiteral(", "), QStringLiteral(" "));
}

QString ordinal(int value)
{
    if (value < 1 || value > 31)
        return {};
    return spell(value, "%spellout-ordinal");
}

QString eachDigit(QStringView digits)
{
    QStringList words;
    for (QChar c : digits) {
        if (c >= u'0' && c <= u'9')
            words << QString::fromLatin1(ones[c.unicode() - u'0']);
        else if (c == u'X' || c == u'x')
            words << QStringLiteral("X");
    }
    return words.join(u' ');
}

QString year(QStringView digits)
{
    const int y = digits.toInt();
    if (digits.size() != 4)
        return cardinal(y);
    // 2001-2009 in British English: "two thousand and five" (ICU's year says "two thousand
    // five"); ICU writes 1905 "nineteen oh-five", said the same as "oh five".
    if (y > 2000 && y < 2010)
        return cardinal(y);
    return spell(y, "%spellout-numbering-year").replace(QStringLiteral("oh-"), QStringLiteral("oh "));
}

QString clock(QStringView hour, QStringView minute, const QString &suffix)
{
    const int h = hour.toInt();
    const int m = minute.toInt();
    if (h > 24 || m > 59 || minute.size() != 2)
        return {};
    QString out = belowHundred(h);
    if (m == 0)
        out += suffix.isEmpty() ? QStringLiteral(" o'clock") : QString();
    else if (m < 10)
        out += QStringLiteral(" oh ") + belowHundred(m);
    else
        out += u' ' + belowHundred(m);
    if (!suffix.isEmpty())
        out += u' ' + suffix;
    return out;
}

QString monthName(int month)
{
    static const char *const names[] = {"January", "February", "March", "April", "May", "June",
                                        "July", "August", "September", "October", "November",
                                        "December"};
    return month >= 1 && month <= 12 ? QString::fromLatin1(names[month - 1]) : QString();
}

} // namespace speech::EnglishNumberWords
