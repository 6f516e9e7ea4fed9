// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/masking.h"

namespace core {

namespace {

QString withoutSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString keepEnds(const QString &text, qsizetype head, qsizetype tail)
{
    if (text.size() <= head + tail)
        return QString(text.size(), u'*');
    return text.left(head) + QString(text.size() - head - tail, u'*') + text.right(tail);
}

} // namespace

QString maskIdNumber(QStringView idNumber)
{
    return keepEnds(withoutSpaces(idNumber), 6, 4);
}

QString maskPhone(QStringView phone)
{
    return keepEnds(withoutSpaces(phone), 3, 4);
}

QString groupIdNumber(QStringView idNumber)
{
    const QString plain = withoutSpaces(idNumber);
    if (plain.size() != 18)
        return plain;
    return plain.left(6) + u' ' + plain.mid(6, 8) + u' ' + plain.mid(14);
}

} // namespace core
