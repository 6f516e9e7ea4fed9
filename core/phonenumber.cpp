// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/phonenumber.h"

#include "core/masking.h"

namespace core {

namespace {

constexpr int mobileLength = 11;

/// Digits only; nullopt when a character is neither a digit nor a separator people write.
std::optional<QString> digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width 0-9
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c == u'+' && digits.isEmpty())
            continue; // +86
        else if (!(c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'（' || c == u'）'))
            return std::nullopt;
    }
    // Country prefix: 86 or 0086 in front of a mobile or of a landline without its 0.
    if (digits.startsWith(u"0086"))
        digits.remove(0, 4);
    else if (digits.startsWith(u"86") && digits.size() >= 12)
        digits.remove(0, 2);
    if (digits.size() >= 9 && digits.at(0) >= u'2' && text.contains(u'+'))
        digits.prepend(u'0'); // +86 755 ... : the area code's 0 is left out after a country code
    return digits;
}

/// The area code's length, its 0 included: 3 for 010 and 02X, 4 for the others.
int areaLength(QStringView digits)
{
    if (digits.size() < 2)
        return 0;
    return (digits.at(1) == u'1' || digits.at(1) == u'2') ? 3 : 4;
}

} // namespace

PhoneNumber::PhoneNumber(QString digits, Kind kind, int areaLength)
    : m_digits(std::move(digits))
    , m_kind(kind)
    , m_areaLength(areaLength)
{
}

std::optional<PhoneNumber> PhoneNumber::parse(QStringView text, PhoneProblem *problem)
{
    auto fail = [problem](PhoneProblem p) -> std::optional<PhoneNumber> {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    if (problem)
        *problem = PhoneProblem::None;
    if (text.trimmed().isEmpty())
        return fail(PhoneProblem::Empty);
    const std::optional<QString> digits = digitsOf(text);
    if (!digits)
        return fail(PhoneProblem::BadCharacter);
    if (digits->isEmpty())
        return fail(PhoneProblem::Empty);
    const QChar first = digits->at(0);
    if (first == u'1') {
        if (digits->size() < mobileLength)
            return fail(PhoneProblem::TooShort);
        if (digits->size() > mobileLength)
            return fail(PhoneProblem::TooLong);
        if (digits->at(1) < u'3')
            return fail(PhoneProblem::NotAPhoneNumber);
        return PhoneNumber(*digits, Kind::Mobile, 0);
    }
    if (first == u'0') {
        const int area = areaLength(*digits);
        if (area == 4 && digits->size() > 1 && digits->at(1) == u'0')
            return fail(PhoneProblem::NotAPhoneNumber); // 00...: an international prefix
        const qsizetype local = digits->size() - area;
        if (local < 7)
            return fail(PhoneProblem::TooShort);
        if (local > 8)
            return fail(PhoneProblem::TooLong);
        // A local number never starts with 0 or 1 (those lead to other services).
        if (digits->at(area) == u'0' || digits->at(area) == u'1')
            return fail(PhoneProblem::NotAPhoneNumber);
        return PhoneNumber(*digits, Kind::Landline, area);
    }
    // Seven or eight digits alone: a landline without its area code.
    if (digits->size() == 7 || digits->size() == 8)
        return fail(PhoneProblem::TooShort);
    return fail(PhoneProblem::NotAPhoneNumber);
}

LocalizedText PhoneNumber::problemText(PhoneProblem problem)
{
    switch (problem) {
    case PhoneProblem::None:
        return {};
    case PhoneProblem::Empty:
        return {QStringLiteral("请输入电话号码。"), QStringLiteral("Please enter a phone number.")};
    case PhoneProblem::BadCharacter:
        return {QStringLiteral("电话号码只能有数字。"), QStringLiteral("A phone number has digits only.")};
    case PhoneProblem::TooShort:
        return {QStringLiteral("号码太短：手机号有 11 位，座机请加区号。"),
                QStringLiteral("The number is too short: a mobile number has 11 digits; a landline needs its area code.")};
    case PhoneProblem::TooLong:
        return {QStringLiteral("号码太长：手机号有 11 位。"),
                QStringLiteral("The number is too long: a mobile number has 11 digits.")};
    case PhoneProblem::NotAPhoneNumber:
        return {QStringLiteral("这不是手机号或座机号，请检查。"),
                QStringLiteral("This is not a mobile or landline number; please check it.")};
    }
    return {};
}

LocalizedText PhoneNumber::problem(QStringView text)
{
    PhoneProblem p = PhoneProblem::None;
    (void)parse(text, &p);
    return problemText(p);
}

int PhoneNumber::maxDigits(QStringView digitsSoFar)
{
    if (!digitsSoFar.isEmpty() && digitsSoFar.at(0) == u'0')
        return areaLength(digitsSoFar) == 3 ? 11 : 12;
    return mobileLength;
}

QString PhoneNumber::grouped() const
{
    if (m_kind == Kind::Mobile)
        return m_digits.left(3) + u' ' + m_digits.mid(3, 4) + u' ' + m_digits.mid(7);
    const QString area = m_digits.left(m_areaLength);
    const QString local = m_digits.mid(m_areaLength);
    const qsizetype split = local.size() - 4;
    return area + u' ' + local.left(split) + u' ' + local.mid(split);
}

QString PhoneNumber::masked() const
{
    return maskPhone(m_digits);
}

} // namespace core
