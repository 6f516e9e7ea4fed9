// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/spokendigits.h"

#include "core/phonenumber.h"

#include <QStringList>

QString SpokenDigits::grouped(const QString &digits)
{
    if (const auto phone = core::PhoneNumber::parse(digits))
        return phone->grouped();
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i == 3 || i == 7)
            out += QLatin1Char(' ');
        out += digits.at(i);
    }
    return out;
}

QString SpokenDigits::spoken(const QString &grouped)
{
    QStringList groups;
    for (const QString &group : grouped.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        groups.append(QStringList(group.split(QString(), Qt::SkipEmptyParts)).join(QLatin1Char(' ')));
    return groups.join(QStringLiteral(", "));
}
