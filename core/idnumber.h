// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace core {

/// Why a typed or read ID number was refused; each has plain words for the visitor.
enum class IdNumberProblem { None, WrongLength, BadCharacter, BadDate, WrongCheckCharacter };

enum class Sex { Female, Male };

/// What an accepted ID number tells: the 18-character form, birth date and sex.
struct IdNumberInfo
{
    QString number; ///< 18 characters, an upper-case X as check character
    QDate birthDate;
    Sex sex = Sex::Female;
    bool foreignPermanentResident = false; ///< the 2023 foreign permanent resident card (starts with 9)
};

/// @brief The rules of the resident ID number (GB 11643-1999), old 15-digit numbers included.
///
/// The same 18-character layout serves residents (6-digit area code) and, since 2023, foreign
/// permanent residents (9 + province + nationality code): birth date at positions 7-14, a
/// sequence whose last digit is odd for men, and the mod 11-2 check character.
class IdNumber
{
public:
    /// Accepts 18-character numbers (and 15-digit old numbers, converted to 18). Spaces are
    /// ignored anywhere (people type them in groups), a lower-case x and full-width digits too.
    [[nodiscard]] static std::optional<IdNumberInfo> parse(QStringView text, IdNumberProblem *problem = nullptr);

    /// GB 11643 mod 11-2 check character of the first 17 digits; a null QChar when `first17`
    /// is not 17 ASCII digits.
    [[nodiscard]] static QChar checkCharacter(QStringView first17);

    /// Plain words for the visitor (from the catalogues); empty for None.
    [[nodiscard]] static TranslatableText problemText(IdNumberProblem problem);

    /// The text with spaces removed, full-width characters folded and x upper-cased: the form
    /// that is compared and hashed. It does not validate.
    [[nodiscard]] static QString normalize(QStringView text);

    /// True when `text` parses.
    [[nodiscard]] static bool isValid(QStringView text);
};

} // namespace core
