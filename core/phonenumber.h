// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace core {

/// Why a typed phone number was refused; each has plain words for the visitor.
enum class PhoneProblem { None, Empty, BadCharacter, TooShort, TooLong, NotAPhoneNumber };

/// @brief The one phone-number rule of the kiosk, its store and the server's imports.
///
/// Mainland mobile numbers (1[3-9] and 9 more digits) and landlines with their area code
/// (010 and 02X with 7-8 further digits, other 0XXX codes with 7-8 further digits). Spaces,
/// hyphens and brackets as people write them are allowed, as are full-width digits and a
/// +86/0086 country prefix; what is kept is digits only.
class PhoneNumber
{
public:
    enum class Kind { Mobile, Landline };

    [[nodiscard]] static std::optional<PhoneNumber> parse(QStringView text, PhoneProblem *problem = nullptr);
    [[nodiscard]] static bool isValid(QStringView text) { return parse(text).has_value(); }
    /// Plain words for the visitor (both languages) for what is wrong with `text`; empty when
    /// it is a phone number.
    [[nodiscard]] static TranslatableText problem(QStringView text);
    [[nodiscard]] static TranslatableText problemText(PhoneProblem problem);
    /// The most digits a number that starts with `digitsSoFar` can have (11 for a mobile, 12 for
    /// a landline), so a keypad can stop taking digits.
    [[nodiscard]] static int maxDigits(QStringView digitsSoFar);

    [[nodiscard]] const QString &digits() const { return m_digits; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    /// "138 1234 5678", "010 1234 5678", "0755 8765 4321": how people read a number back.
    [[nodiscard]] QString grouped() const;
    /// "138****5678": for screens that anyone may see, and logs.
    [[nodiscard]] QString masked() const;

private:
    PhoneNumber(QString digits, Kind kind, int areaLength);

    QString m_digits;
    Kind m_kind = Kind::Mobile;
    int m_areaLength = 0; ///< landlines: digits of the area code, its leading 0 included
};

} // namespace core
