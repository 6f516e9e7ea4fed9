// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace store {

/// @brief Short codes a visitor reads, says or shows to staff: 4 to 6 characters from an
/// alphabet without look-alikes, on screen or aloud.
class ConfirmationCode
{
public:
    static constexpr int kDefaultLength = 5;
    /// "23456789ACDFHJKLMNPTVWXY": 24 characters (24^5, about 8 million codes of five).
    static QStringView alphabet();
    /// A random code (system random source); `length` is kept within 4..6.
    static QString generate(int length = kDefaultLength);
    static bool isWellFormed(QStringView code);
};

} // namespace store
