// SPDX-License-Identifier: GPL-3.0-or-later
#include "wholenumbers.h"

#include <QRegularExpression>

namespace {

/// `digits` (a regular expression) with no digit or letter on either side.
QRegularExpression standingAlone(const char *digits)
{
    return QRegularExpression(QStringLiteral("(?<![0-9A-Za-z])%1(?![0-9A-Za-z])").arg(QLatin1String(digits)));
}

} // namespace

bool WholeNumbers::holdsElevenDigits(const QString &text)
{
    static const QRegularExpression eleven = standingAlone("\\d{11}");
    return eleven.match(text).hasMatch();
}

bool WholeNumbers::holdsAMobileNumber(const QString &text)
{
    static const QRegularExpression mobile = standingAlone("1[3-9]\\d{9}");
    return mobile.match(text).hasMatch();
}

bool WholeNumbers::holdsAnIdNumber(const QString &text)
{
    static const QRegularExpression idNumber = standingAlone("\\d{17}[\\dXx]");
    return idNumber.match(text).hasMatch();
}
