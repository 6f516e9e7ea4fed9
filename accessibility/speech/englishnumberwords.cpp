// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/englishnumberwords.h"

#include <QStringList>

namespace speech::EnglishNumberWords {

namespace {

const char *const ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                            "eighty", "ninety"};

QString belowHundred(int v)
{
    if (v < 20)
        return QString::fromLatin1(ones[v]);
    QString out = QString::fromLatin1(tens[v / 10]);
    if (v % 10)
        out += u'-' + QString::fromLatin1(ones[v % 10]);
    return out;
}

QString belowThousand(int v)
{
    if (v < 100)
        return belowHundred(v);
    QString out = QString::fromLatin1(ones[v / 100]) + QStringLiteral(" hundred");
    if (v % 100)
        out += QStringLiteral(" and ") + belowHundred(v % 100);
    return out;
}

} // namespace

QString cardinal(long long value)
{
    if (value < 0 || value > 999999)
        return {};
    if (value < 1000)
        return belowThousand(int(value));
    QString out = belowThousand(int(value / 1000)) + QStringLiteral(" thousand");
    const int rest = int(value % 1000);
    if (rest)
        out += (rest < 100 ? QStringLiteral(" and ") : QStringLiteral(" ")) + belowThousand(rest);
    return out;
}

QString ordinal(int value)
{
    static const char *const special[] = {"", "first", "second", "third", "fourth", "fifth",
                                          "sixth", "seventh", "eighth", "ninth", "tenth",
                                          "eleventh", "twelfth", "thirteenth", "fourteenth",
                                          "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                          "nineteenth"};
    if (value < 1 || value > 31)
        return {};
    if (value < 20)
        return QString::fromLatin1(special[value]);
    if (value % 10 == 0)
        return value == 20 ? QStringLiteral("twentieth") : QStringLiteral("thirtieth");
    return QString::fromLatin1(tens[value / 10]) + u'-' + QString::fromLatin1(special[value % 10]);
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
    const int high = y / 100;
    const int low = y % 100;
    if (low == 0)
        return high % 10 == 0 ? cardinal(y) : belowHundred(high) + QStringLiteral(" hundred");
    if (y >= 2000 && y < 2010)
        return cardinal(y);
    return belowHundred(high) + u' ' + (low < 10 ? QStringLiteral("oh ") + belowHundred(low) : belowHundred(low));
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
