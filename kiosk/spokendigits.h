// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// @brief A phone number as it is shown and read back while it is being typed.
class SpokenDigits
{
public:
    /// "138 1234 5678": a whole number in its groups (core::PhoneNumber), a number still being
    /// typed in the groups of a mobile number, which is what most people type.
    [[nodiscard]] static QString grouped(const QString &digits);
    /// "1 3 8, 1 2 3 4, 5 6 7 8": each digit on its own so the voice never reads it as one number.
    [[nodiscard]] static QString spoken(const QString &grouped);
};
