// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/confirmationcode.h"

#include <QRandomGenerator>

#include <algorithm>

namespace store {

QStringView ConfirmationCode::alphabet()
{
    // Left out: what is misread on a screen (0/O/Q, 1/I, 2/Z, 5/S, 6/G, 8/B, U/V), R, which
    // the Mandarin voice says "ér", all but the "èr" of 2, and E, which it says "yì", like 1.
    return u"23456789ACDFHJKLMNPTVWXY";
}

QString ConfirmationCode::generate(int length)
{
    length = std::clamp(length, 4, 6);
    const QStringView letters = alphabet();
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(letters[QRandomGenerator::system()->bounded(int(letters.size()))]);
    return code;
}

bool ConfirmationCode::isWellFormed(QStringView code)
{
    if (code.size() < 4 || code.size() > 6)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return alphabet().contains(c); });
}

} // namespace store
