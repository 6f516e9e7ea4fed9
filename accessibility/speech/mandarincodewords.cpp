// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/mandarincodewords.h"

#include "accessibility/speech/mandarinnumberwords.h"

#include <QStringList>

namespace speech::MandarinCodeWords {

namespace {

QString groups(QStringView digits, std::initializer_list<int> sizes)
{
    QStringList parts;
    qsizetype at = 0;
    for (int size : sizes) {
        if (at >= digits.size())
            break;
        parts << MandarinNumberWords::eachDigitCalled(digits.mid(at, size));
        at += size;
    }
    if (at < digits.size())
        parts << MandarinNumberWords::eachDigitCalled(digits.mid(at));
    return parts.join(u'，');
}

/// Groups of four from the end (the usual way to read a long number aloud).
QString foursFromTheEnd(QStringView digits)
{
    QStringList parts;
    qsizetype end = digits.size();
    while (end > 0) {
        const qsizetype start = std::max<qsizetype>(0, end - 4);
        parts.prepend(MandarinNumberWords::eachDigitCalled(digits.mid(start, end - start)));
        end = start;
    }
    return parts.join(u'，');
}

/// The shown part of a masked number: whole up to six digits (138, 110105), else in fours.
QString shownPart(QStringView digits)
{
    return digits.size() <= 6 ? MandarinNumberWords::eachDigitCalled(digits) : foursFromTheEnd(digits);
}

} // namespace

QString phone(QStringView digits)
{
    if (digits.size() == 11)
        return groups(digits, {3, 4, 4});
    // Service numbers (110, 12385) in one breath; a 7-digit local number 3-4.
    if (digits.size() <= 6)
        return MandarinNumberWords::eachDigitCalled(digits);
    return foursFromTheEnd(digits);
}

QString landline(QStringView areaCode, QStringView number)
{
    return MandarinNumberWords::eachDigitCalled(areaCode) + u'，' + foursFromTheEnd(number);
}

QString idNumber(QStringView characters)
{
    if (characters.size() == 15)
        return groups(characters, {6, 6, 3});
    return groups(characters, {6, 8, 4});
}

QString masked(QStringView shownBefore, QStringView shownAfter)
{
    if (shownBefore.isEmpty() && shownAfter.isEmpty())
        return QStringLiteral("隐去的号码");
    if (shownBefore.isEmpty())
        return QStringLiteral("尾号") + shownPart(shownAfter);
    if (shownAfter.isEmpty())
        return shownPart(shownBefore) + QStringLiteral("，后面隐去");
    return shownPart(shownBefore) + QStringLiteral("，中间隐去，") + shownPart(shownAfter);
}

QString code(QStringView characters)
{
    QStringList parts;
    for (QChar c : characters)
        parts << (c.isDigit() ? MandarinNumberWords::eachDigit(QStringView(&c, 1)) : QString(c.toUpper()));
    return parts.join(characters.size() <= 2 ? QStringView(u" ") : QStringView(u"，"));
}

QString queueNumber(QChar letter, QStringView digits)
{
    return QString(letter.toUpper()) + u' ' + MandarinNumberWords::eachDigit(digits);
}

} // namespace speech::MandarinCodeWords
