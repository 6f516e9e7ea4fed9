// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/textwidth.h"

namespace speech {

QString narrowed(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        // U+FF10..FF19 digits, FF21..FF3A and FF41..FF5A letters.
        if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x00A0 || u == 0x202F || u == 0x3000)
            c = QChar(u' '); // no-break and ideographic spaces
    }
    return out;
}

} // namespace speech
