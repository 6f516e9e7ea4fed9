// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/queuecallwords.h"

#include "core/translatabletext.h"

#include <QStringList>

namespace {

core::TranslatableText callSentence()
{
    return core::TranslatableText::translate("QueueCallWords", "Number %1, please go to window %2.");
}

bool isHan(QChar c)
{
    // CJK unified ideographs and extension A: the characters of a Mandarin sentence.
    return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || (c.unicode() >= 0x3400 && c.unicode() <= 0x4DBF);
}

bool isLatinOrDigit(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
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

QString QueueCallWords::spacedBetweenScripts(const QString &text)
{
    QString spaced;
    spaced.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0) {
            const QChar before = text.at(i - 1);
            const QChar c = text.at(i);
            if ((isHan(before) && isLatinOrDigit(c)) || (isLatinOrDigit(before) && isHan(c)))
                spaced += u' ';
        }
        spaced += text.at(i);
    }
    return spaced;
}
