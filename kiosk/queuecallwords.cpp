// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/queuecallwords.h"

#include "core/translatabletext.h"

#include <QStringList>

namespace {

core::TranslatableText callSentence()
{
    return core::TranslatableText::translate("QueueCallWords", "Number %1, please go to window %2.");
}

} // namespace

QString QueueCallWords::shownCall(const QString &label, int window, QStringView language)
{
    return callSentence().arg(label).arg(window).in(language);
}

QString QueueCallWords::spokenCall(const QString &label, int window, QStringView language)
{
    return callSentence().arg(spokenLabel(label, language)).arg(window).in(language);
}

QString QueueCallWords::spokenLabel(const QString &label, QStringView language)
{
    QString letters;
    QStringList digits;
    for (const QChar c : label) {
        if (c.isDigit())
            digits << QString(c);
        else if (!c.isSpace())
            letters += c;
    }
    const bool english = language.startsWith(u"en");
    // Mandarin needs no comma: 'A' is read as the letter (ei), the digits one by one.
    const QString joint = letters.isEmpty() || digits.isEmpty() ? QString() : english ? QStringLiteral(", ") : QStringLiteral(" ");
    QStringList spelledLetters;
    for (const QChar c : letters)
        spelledLetters << QString(c);
    return spelledLetters.join(u' ') + joint + digits.join(u' ');
}
