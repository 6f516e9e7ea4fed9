// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speechnormaliser.h"

#include "accessibility/speech/englishnormaliser.h"
#include "accessibility/speech/mandarinnormaliser.h"
#include "accessibility/speech/pronunciationlexicon.h"

namespace speech {

namespace {

/// The screen's line-break controls (LineBreaking: U+2060 WORD JOINER inside words and
/// numbers, U+202F between number groups, U+200B beside quotes) say nothing: they go, and a
/// no-break space (U+202F, a text's own U+00A0) is a space again, so "138 0013 8000" is read
/// in its groups as typed.
QString withoutLineBreakControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x2060: // WORD JOINER
        case 0x200B: // ZERO WIDTH SPACE
        case 0xFEFF: // ZERO WIDTH NO-BREAK SPACE
        case 0x00AD: // SOFT HYPHEN
            break;
        case 0x00A0: // NO-BREAK SPACE
        case 0x202F: // NARROW NO-BREAK SPACE
        case 0x2007: // FIGURE SPACE
            out += u' ';
            break;
        case 0x2011: // NON-BREAKING HYPHEN
            out += u'-';
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

QString SpeechNormaliser::withoutLineBreaks(const QString &text)
{
    return withoutLineBreakControls(text);
}

QString SpeechNormaliser::normalise(const QString &text, SpeechLanguage language)
{
    return normalise(text, language, PronunciationLexicon::standard());
}

QString SpeechNormaliser::normalise(const QString &text, SpeechLanguage language,
                                    const PronunciationLexicon &lexicon)
{
    const QString written = withoutLineBreakControls(text);
    if (language == SpeechLanguage::English)
        return EnglishNormaliser::normalise(written);
    // The lexicon goes last: number words (一, 两 ...) may form words with the text around them.
    return lexicon.apply(MandarinNormaliser::normalise(written));
}

QList<LanguageSegment> SpeechNormaliser::segments(const QString &text, SpeechLanguage language)
{
    QList<LanguageSegment> out;
    // Before the split: a joiner between two characters must not look like a change of language.
    for (const LanguageSegment &part : LanguageSegments::split(withoutLineBreakControls(text), language)) {
        const QString words = normalise(part.text, part.language);
        if (!words.trimmed().isEmpty())
            out.append({words, part.language});
    }
    return out;
}

} // namespace speech
