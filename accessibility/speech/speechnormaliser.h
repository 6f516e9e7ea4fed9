// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/languagesegments.h"
#include "accessibility/speech/speechlanguage.h"

#include <QString>

namespace speech {

class PronunciationLexicon;

/// @brief What the voice is given for a display text: numbers, dates, times, phone and ID
/// numbers, codes and symbols put into words, and (Mandarin) the pronunciation lexicon's
/// words replaced by their pinyin.
///
/// Pure: the same text always gives the same words, and nothing is kept. The engine calls it
/// for every utterance on its synthesis thread; `kiosk-speech --normalised` prints it. The
/// rules are listed in README.md ("What the voice is given").
class SpeechNormaliser
{
public:
    /// With the standard lexicon (built in, plus KIOSK_SPEECH_LEXICON).
    [[nodiscard]] static QString normalise(const QString &text, SpeechLanguage language);
    [[nodiscard]] static QString normalise(const QString &text, SpeechLanguage language,
                                           const PronunciationLexicon &lexicon);

    /// The text without the screen's line-break controls (U+2060 WORD JOINER, U+00A0 and their
    /// kin): what the voice would read if it were not normalised. normalise() and segments()
    /// drop them first.
    [[nodiscard]] static QString withoutLineBreaks(const QString &text);

    /// What each voice is given: the text cut where the language changes (LanguageSegments),
    /// each part normalised in its own language; parts with nothing to say are left out. The
    /// engine speaks these one after another into one stream.
    [[nodiscard]] static QList<LanguageSegment> segments(const QString &text, SpeechLanguage language);
};

} // namespace speech
