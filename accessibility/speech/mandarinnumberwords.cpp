// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/mandarinnumberwords.h"

#include <QList>

#include <array>

namespace speech::MandarinNumberWords {

namespace {

constexpr std::array<char16_t, 10> digitChar{u'零', u'一', u'二', u'三', u'四',
                                             u'五', u'六', u'七', u'八', u'九'};

// Measure words after which a count of 2 is 两 (两个人, 两天), not 二 (二号, 二楼 are ordinals
// and stay 二). Clock times written 2:00 are said by the time reader; 点 is here for 2点,
// 2点半 (两点, "two o'clock") and 2点建议 (two points); 第2点 stays 第二点.
constexpr std::u16string_view measureWords =
        u"个位次天年岁张份件项本条种名户人只周台辆把间分秒元块角斤米家所颗句遍步页段封双对套点";
constexpr std::u16string_view measureWordPrefixes[] = {u"小时", u"分钟", u"星期", u"周岁",
                                                      u"个月", u"公里", u"千米", u"公斤"};

/// One group of up to four digits (0..9999) with 千百十; `leading` is true for the number's
/// highest group (10..19 become 十..十九 there, not 一十..).
QString section(int value, bool leading)
{
    static constexpr std::array<char16_t, 4> unit{0, u'十', u'百', u'千'};
    QString out;
    bool zeroPending = false;
    for (int position = 3; position >= 0; --position) {
        int power = 1;
        for (int i = 0; i < position; ++i)
            power *= 10;
        const int digit = (value / power) % 10;
        if (digit == 0) {
            if (!out.isEmpty())
                zeroPending = true;
            continue;
        }
        if (zeroPending)
            out += u'零';
        zeroPending = false;
        if (position == 1 && digit == 1 && out.isEmpty() && leading) {
            out += u'十';
            continue;
        }
        // 两千 (2000, 12000 一万两千); 二百 and 二十 stay.
        out += (digit == 2 && position == 3) ? u'两' : digitChar[std::size_t(digit)];
        if (position > 0)
            out += unit[std::size_t(position)];
    }
    return out;
}

} // namespace

QString cardinal(QStringView digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits[first] == u'0')
        ++first;
    digits = digits.mid(first);
    if (digits.isEmpty() || digits.size() > 16)
        return {};
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return {};
    if (digits == u"0")
        return QStringLiteral("零");

    // Groups of four from the right: 个, 万, 亿, 万亿.
    static constexpr std::u16string_view groupUnit[] = {u"", u"万", u"亿", u"万亿"};
    QList<int> groups;
    for (qsizetype end = digits.size(); end > 0; end -= 4) {
        const qsizetype start = std::max<qsizetype>(0, end - 4);
        groups.prepend(digits.mid(start, end - start).toInt());
    }
    QString out;
    bool zeroPending = false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const int value = groups[i];
        const qsizetype unitIndex = groups.size() - 1 - i;
        if (value == 0) {
            if (!out.isEmpty())
                zeroPending = true;
            continue;
        }
        // A lower group below 1000 after a higher one starts with 零: 10001 一万零一.
        if (!out.isEmpty() && (zeroPending || value < 1000))
            out += u'零';
        zeroPending = false;
        if (value == 2 && unitIndex > 0)
            out += u'两'; // 两万, 两亿
        else
            out += section(value, out.isEmpty());
        out += QStringView(groupUnit[unitIndex].data(), qsizetype(groupUnit[unitIndex].size()));
    }
    return out;
}

QString decimal(QStringView integerDigits, QStringView fractionDigits)
{
    QString out = cardinal(integerDigits.isEmpty() ? QStringView(u"0") : integerDigits);
    if (out.isEmpty())
        return {};
    if (fractionDigits.isEmpty())
        return out;
    return out + u'点' + eachDigit(fractionDigits);
}

QString eachDigit(QStringView digits)
{
    QString out;
    out.reserve(digits.size());
    for (QChar c : digits) {
        if (c >= u'0' && c <= u'9')
            out += digitChar[std::size_t(c.unicode() - u'0')];
        else
            out += c;
    }
    return out;
}

QString eachDigitCalled(QStringView digits)
{
    QString out;
    for (QChar c : digits) {
        if (c == u'1')
            out += u'幺';
        else if (c >= u'0' && c <= u'9')
            out += digitChar[std::size_t(c.unicode() - u'0')];
        else if (c == u'X' || c == u'x')
            out += QStringLiteral(" X ");
        else
            out += c;
    }
    return out.trimmed();
}

bool saysLiangBefore(QStringView following)
{
    while (!following.isEmpty() && following.front() == u' ')
        following = following.mid(1);
    // 二年级 is a school year, not two years.
    if (following.isEmpty() || following.startsWith(u"年级"))
        return false;
    for (std::u16string_view prefix : measureWordPrefixes)
        if (following.startsWith(QStringView(prefix.data(), qsizetype(prefix.size()))))
            return true;
    return measureWords.find(following.front().unicode()) != std::u16string_view::npos;
}

QString count(QStringView digits, QStringView following)
{
    if (digits.toInt() == 2 && !digits.startsWith(u'0') && saysLiangBefore(following))
        return QStringLiteral("两");
    return cardinal(digits);
}

} // namespace speech::MandarinNumberWords
