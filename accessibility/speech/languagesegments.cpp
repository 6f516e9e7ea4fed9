// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/languagesegments.h"

#include <QRegularExpression>

namespace speech {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han && c.isLetter();
}

void append(QList<LanguageSegment> &out, const QString &text, SpeechLanguage language)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().language == language)
        out.last().text += text;
    else
        out.append({text, language});
}

/// Latin words in Mandarin: letters (two or more in the first word), joined by spaces,
/// apostrophes, hyphens or full stops ("Call staff", "Wi-Fi", "e.g.").
QList<LanguageSegment> englishInMandarin(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]+(?:[ '.-]+[A-Za-z]+)*"));
    QList<LanguageSegment> out;
    qsizetype last = 0;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const qsizetype from = match.capturedStart();
        const qsizetype to = match.capturedEnd();
        const QChar before = from > 0 ? text[from - 1] : QChar();
        const QChar after = to < text.size() ? text[to] : QChar();
        // A code (A7K2, B1), a spaced code (A 7 K 2) or a unit after a number (5kg) is the
        // Mandarin normaliser's; so is a lone letter (the voice says A as 诶).
        const bool nextToDigit = before.isDigit() || after.isDigit()
                || (before == u' ' && from > 1 && text[from - 2].isDigit());
        const QString run = match.captured();
        const bool spacedLetters = run.size() > 1 && run.split(u' ').size() > 1
                && std::all_of(run.begin(), run.end(), [](QChar c) { return c == u' ' || isAsciiLetter(c); })
                && run.split(u' ', Qt::SkipEmptyParts).first().size() == 1;
        if (nextToDigit || run.size() < 2 || spacedLetters || isAsciiLetter(before) || isAsciiLetter(after))
            continue;
        append(out, text.mid(last, from - last), SpeechLanguage::Mandarin);
        append(out, run, SpeechLanguage::English);
        last = to;
    }
    append(out, text.mid(last), SpeechLanguage::Mandarin);
    return out;
}

/// Chinese in English: Han characters and the Chinese punctuation between them.
QList<LanguageSegment> mandarinInEnglish(const QString &text)
{
    QList<LanguageSegment> out;
    qsizetype k = 0;
    qsizetype last = 0;
    while (k < text.size()) {
        if (!isHan(text[k])) {
            ++k;
            continue;
        }
        qsizetype end = k;
        qsizetype lastHan = k;
        while (end < text.size()) {
            const QChar c = text[end];
            if (isHan(c))
                lastHan = end;
            else if (!(c.unicode() >= 0x3000 && c.unicode() <= 0x303f) && !(c.unicode() >= 0xff00 && c.unicode() <= 0xffef))
                break; // not CJK punctuation or a full-width form
            ++end;
        }
        append(out, text.mid(last, k - last), SpeechLanguage::English);
        append(out, text.mid(k, lastHan + 1 - k), SpeechLanguage::Mandarin);
        last = lastHan + 1;
        k = last;
    }
    append(out, text.mid(last), SpeechLanguage::English);
    return out;
}

} // namespace

QList<LanguageSegment> LanguageSegments::split(const QString &text, SpeechLanguage language)
{
    return language == SpeechLanguage::Mandarin ? englishInMandarin(text) : mandarinInEnglish(text);
}

} // namespace speech
