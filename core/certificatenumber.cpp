// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatenumber.h"

namespace core {

namespace {

std::optional<CertificateNumberInfo> fail(CertificateNumberProblem *problem, CertificateNumberProblem why)
{
    if (problem)
        *problem = why;
    return std::nullopt;
}

int digitAt(const QString &text, qsizetype i)
{
    const QChar c = text[i];
    return (c >= u'0' && c <= u'9') ? c.unicode() - u'0' : -1;
}

} // namespace

std::optional<CertificateNumberInfo> CertificateNumber::parse(QStringView text, CertificateNumberProblem *problem,
                                                              IdNumberProblem *idProblem)
{
    if (problem)
        *problem = CertificateNumberProblem::None;
    const QString number = IdNumber::normalize(text).toUpper();
    if (number.size() < 20)
        return fail(problem, CertificateNumberProblem::WrongLength);

    const auto holder = IdNumber::parse(QStringView(number).left(18), idProblem);
    if (!holder)
        return fail(problem, CertificateNumberProblem::BadIdNumber);

    CertificateNumberInfo info;
    info.holder = *holder;
    const auto category = Disability::categoryFromDigit(digitAt(number, 18));
    if (!category)
        return fail(problem, CertificateNumberProblem::BadCategory);
    info.category = *category;
    info.level = digitAt(number, 19);
    if (!Disability::isValidLevel(info.level))
        return fail(problem, CertificateNumberProblem::BadLevel);

    if (number.size() > 20) {
        // Replacement suffix: B followed by a positive number without leading zero.
        const QStringView suffix = QStringView(number).mid(20);
        bool ok = false;
        const int n = suffix.size() >= 2 && suffix[0] == u'B' && suffix[1] != u'0' ? suffix.mid(1).toInt(&ok) : 0;
        if (!ok || n <= 0 || n > 99)
            return fail(problem, CertificateNumberProblem::BadSuffix);
        info.replacement = n;
    }
    return info;
}

QString CertificateNumber::format(QStringView idNumber, DisabilityCategory category, int level, int replacement)
{
    const auto holder = IdNumber::parse(idNumber);
    if (!holder || !Disability::isValidLevel(level) || replacement < 0 || replacement > 99)
        return {};
    QString out = holder->number + QString::number(int(category)) + QString::number(level);
    if (replacement > 0)
        out += u'B' + QString::number(replacement);
    return out;
}

TranslatableText CertificateNumber::problemText(CertificateNumberProblem problem)
{
    switch (problem) {
    case CertificateNumberProblem::None:
        return {};
    case CertificateNumberProblem::WrongLength:
        return core::TranslatableText::translate("core::CertificateNumber",
                "A certificate number has 20 characters: the ID number and two more digits.");
    case CertificateNumberProblem::BadIdNumber:
        return core::TranslatableText::translate("core::CertificateNumber",
                "The first 18 characters are the ID number, and they are not right.");
    case CertificateNumberProblem::BadCategory:
        return core::TranslatableText::translate("core::CertificateNumber",
                "Character 19 is the disability category and must be 1 to 7.");
    case CertificateNumberProblem::BadLevel:
        return core::TranslatableText::translate("core::CertificateNumber",
                "Character 20 is the level and must be 1 to 4.");
    case CertificateNumberProblem::BadSuffix:
        return core::TranslatableText::translate("core::CertificateNumber",
                "Only a replacement mark such as B1 may follow the 20 characters.");
    }
    return {};
}

} // namespace core
