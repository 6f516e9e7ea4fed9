// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/mandarintimewords.h"

#include "accessibility/speech/mandarinnumberwords.h"

namespace speech::MandarinTimeWords {

QString year(QStringView digits)
{
    return MandarinNumberWords::eachDigit(digits);
}

QString date(QStringView yearDigits, QStringView month, QStringView day)
{
    const int m = month.toInt();
    const int d = day.toInt();
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return {};
    return year(yearDigits) + u'年' + MandarinNumberWords::cardinal(month) + u'月'
            + MandarinNumberWords::cardinal(day) + u'日';
}

QString clock(QStringView hour, QStringView minute, QStringView second)
{
    const int h = hour.toInt();
    const int m = minute.toInt();
    const int s = second.isEmpty() ? 0 : second.toInt();
    if (h > 24 || m > 59 || s > 59 || minute.size() != 2)
        return {};
    QString out = h == 2 ? QStringLiteral("两") : MandarinNumberWords::cardinal(hour);
    out += u'点';
    if (m == 30 && second.isEmpty())
        return out + u'半';
    if (m == 0 && s == 0)
        return out;
    if (m > 0 && m < 10)
        out += u'零';
    if (m > 0 || s > 0)
        out += MandarinNumberWords::cardinal(minute) + u'分';
    if (s > 0)
        out += MandarinNumberWords::cardinal(second) + u'秒';
    return out;
}

} // namespace speech::MandarinTimeWords
