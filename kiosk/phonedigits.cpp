// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/phonedigits.h"

#include "accessibility/linebreaking.h"

#include "core/phonenumber.h"

#include <QStringList>

bool PhoneDigits::append(QStringView digit)
{
    if (digit.size() != 1 || !digit.at(0).isDigit() || m_digits.size() >= core::PhoneNumber::maxDigits(m_digits))
        return false;
    m_digits += digit;
    return true;
}

bool PhoneDigits::removeLast()
{
    if (m_digits.isEmpty())
        return false;
    m_digits.back() = QLatin1Char('0');
    m_digits.chop(1);
    return true;
}

void PhoneDigits::wipe()
{
    m_digits.fill(QLatin1Char('0'));
    m_digits.clear();
}

bool PhoneDigits::complete() const
{
    return core::PhoneNumber::isValid(m_digits);
}

core::TranslatableText PhoneDigits::problem() const
{
    return core::PhoneNumber::problem(m_digits);
}

QString PhoneDigits::grouped() const
{
    // On screen the groups never part across lines (no-break spaces).
    return LineBreaking::keepNumbersWhole(groupedPlain());
}

QString PhoneDigits::groupedPlain() const
{
    if (const auto phone = core::PhoneNumber::parse(m_digits))
        return phone->grouped();
    QString out;
    for (qsizetype i = 0; i < m_digits.size(); ++i) {
        if (i == 3 || i == 7)
            out += QLatin1Char(' ');
        out += m_digits.at(i);
    }
    return out;
}

QString PhoneDigits::spoken() const
{
    QStringList groups;
    for (const QString &group : groupedPlain().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        groups.append(QStringList(group.split(QString(), Qt::SkipEmptyParts)).join(QLatin1Char(' ')));
    return groups.join(QStringLiteral(", "));
}

QString PhoneDigits::masked() const
{
    const auto phone = core::PhoneNumber::parse(m_digits);
    return phone ? phone->masked() : QString();
}
