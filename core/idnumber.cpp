// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idnumber.h"

#include <array>

namespace core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

std::optional<IdNumberInfo> fail(IdNumberProblem *problem, IdNumberProblem why)
{
    if (problem)
        *problem = why;
    return std::nullopt;
}

// The oldest birth year a living holder can have, and no one is born in the future: both
// catch digits typed in the wrong place, which a calendar check alone lets through.
constexpr int kEarliestBirthYear = 1890;

} // namespace

QString IdNumber::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block, as typed with a Chinese IME
            c = QChar(char16_t(u - 0xFEE0));
        if (c == u'x')
            c = u'X';
        out.append(c);
    }
    return out;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[size_t(i)];
    return QChar(checks[sum % 11]);
}

std::optional<IdNumberInfo> IdNumber::parse(QStringView text, IdNumberProblem *problem)
{
    if (problem)
        *problem = IdNumberProblem::None;
    QString number = normalize(text);

    if (number.size() == 15) {
        // Old numbers (issued until 1999): no century and no check character.
        if (!allDigits(number))
            return fail(problem, IdNumberProblem::BadCharacter);
        number = number.left(6) + QStringLiteral("19") + number.mid(6);
        number.append(checkCharacter(number));
    } else if (number.size() == 18) {
        if (!allDigits(QStringView(number).left(17))
            || !(isAsciiDigit(number[17]) || number[17] == u'X')) {
            return fail(problem, IdNumberProblem::BadCharacter);
        }
    } else {
        return fail(problem, IdNumberProblem::WrongLength);
    }

    const QDate birth = QDate::fromString(number.mid(6, 8), u"yyyyMMdd");
    if (!birth.isValid() || birth.year() < kEarliestBirthYear || birth > QDate::currentDate())
        return fail(problem, IdNumberProblem::BadDate);

    if (checkCharacter(QStringView(number).left(17)) != number[17])
        return fail(problem, IdNumberProblem::WrongCheckCharacter);

    IdNumberInfo info;
    info.birthDate = birth;
    info.sex = (number[16].unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    info.foreignPermanentResident = number.startsWith(u'9');
    info.number = std::move(number);
    return info;
}

bool IdNumber::isValid(QStringView text)
{
    return parse(text).has_value();
}

TranslatableText IdNumber::problemText(IdNumberProblem problem)
{
    switch (problem) {
    case IdNumberProblem::None:
        return {};
    case IdNumberProblem::WrongLength:
        return core::TranslatableText::translate("core::IdNumber",
                "An ID number has 18 characters. Please check for a missing or extra digit.");
    case IdNumberProblem::BadCharacter:
        return core::TranslatableText::translate("core::IdNumber",
                "An ID number has only digits; the last one may be an X.");
    case IdNumberProblem::BadDate:
        return core::TranslatableText::translate("core::IdNumber",
                "The birth date in the number (characters 7 to 14) is not right. Please check it.");
    case IdNumberProblem::WrongCheckCharacter:
        return core::TranslatableText::translate("core::IdNumber",
                "One digit seems wrong: the last character does not match. Please type it again from the card.");
    }
    return {};
}

} // namespace core
