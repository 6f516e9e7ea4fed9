// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>

/// @brief A phone number being typed on a kiosk keypad: the digits so far, under the one
/// phone-number rule (core::PhoneNumber), shown grouped and read back digit by digit.
///
/// Shared by every request that asks for a phone, so they type, show and check it alike.
/// wipe() overwrites the digits before forgetting them.
class PhoneDigits
{
public:
    ~PhoneDigits() { wipe(); }

    /// One digit; false (nothing changes) for anything else, or when the number is long enough.
    bool append(QStringView digit);
    /// False when there was nothing to remove.
    bool removeLast();
    void wipe();

    [[nodiscard]] const QString &digits() const { return m_digits; }
    [[nodiscard]] bool isEmpty() const { return m_digits.isEmpty(); }
    /// A whole mobile or landline number.
    [[nodiscard]] bool complete() const;
    /// What is wrong with it, in plain words; empty when it is whole.
    [[nodiscard]] core::TranslatableText problem() const;
    /// "138 1234 5678": a whole number in its groups; one still being typed in the groups of a
    /// mobile number, which is what most people type.
    /// No-break spaces between the groups, so a line never breaks inside the number.
    [[nodiscard]] QString grouped() const;
    /// "1 3 8, 1 2 3 4, 5 6 7 8": each digit on its own, so the voice never reads it as one number.
    [[nodiscard]] QString spoken() const;
    /// "138****5678", for screens anyone may see; empty unless the number is whole.
    [[nodiscard]] QString masked() const;

private:
    [[nodiscard]] QString groupedPlain() const;

    QString m_digits;
};
