// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// @brief Personal numbers as someone reading a row or an answer would see them: a run of
/// digits with no digit or letter on either side. A random UUID or a hex hash often holds a few
/// digits in a row, and now and then eleven (about one UUID in 130); those are not numbers
/// anyone could call, so a privacy check that counted them would fail a correct server by
/// chance.
class WholeNumbers
{
public:
    /// Any eleven digits standing alone: a phone number of any kind.
    [[nodiscard]] static bool holdsElevenDigits(const QString &text);
    /// A mainland mobile number standing alone: 1, then 3 to 9, then nine digits.
    [[nodiscard]] static bool holdsAMobileNumber(const QString &text);
    /// A resident ID number standing alone: seventeen digits and a check digit or X.
    [[nodiscard]] static bool holdsAnIdNumber(const QString &text);
};
