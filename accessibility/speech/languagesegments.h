// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/speechlanguage.h"

#include <QList>
#include <QString>

namespace speech {

/// @brief A display text cut where the language changes, so each part is read by its own
/// voice: English words inside Mandarin ("请按 English 键", "ID", "PIN") and Chinese inside
/// English ("中文", "(户口本)").
///
/// In Mandarin, a run of Latin words of two letters or more is English, unless it touches a
/// digit or is a single letter (A7K2, B1, A 7 K 2, 5kg stay with the Mandarin normaliser,
/// which reads codes and units). In English, a run of Chinese characters (with the Chinese
/// punctuation between them) is Mandarin. Pure; adjacent parts of one language are merged.
struct LanguageSegment
{
    QString text;
    SpeechLanguage language = SpeechLanguage::Mandarin;

    friend bool operator==(const LanguageSegment &, const LanguageSegment &) = default;
};

namespace LanguageSegments {
[[nodiscard]] QList<LanguageSegment> split(const QString &text, SpeechLanguage language);
} // namespace LanguageSegments

} // namespace speech
