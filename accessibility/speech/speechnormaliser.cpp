// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speechnormaliser.h"

#include "accessibility/speech/englishnormaliser.h"
#include "accessibility/speech/mandarinnormaliser.h"
#include "accessibility/speech/pronunciationlexicon.h"

namespace speech {

QString SpeechNormaliser::normalise(const QString &text, SpeechLanguage language)
{
    return normalise(text, language, PronunciationLexicon::standard());
}

QString SpeechNormaliser::normalise(const QString &text, SpeechLanguage language,
                                    const PronunciationLexicon &lexicon)
{
    if (language == SpeechLanguage::English)
        return EnglishNormaliser::normalise(text);
    // The lexicon goes last: number words (一, 两 ...) may form words with the text around them.
    return lexicon.apply(MandarinNormaliser::normalise(text));
}

QList<LanguageSegment> SpeechNormaliser::segments(const QString &text, SpeechLanguage language)
{
    QList<LanguageSegment> out;
    for (const LanguageSegment &part : LanguageSegments::split(text, language)) {
        const QString words = normalise(part.text, part.language);
        if (!words.trimmed().isEmpty())
            out.append({words, part.language});
    }
    return out;
}

} // namespace speech
