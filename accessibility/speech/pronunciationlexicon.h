// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace speech {

/// @brief Words the Mandarin voice would misread (polyphones, domain words), with their pinyin.
///
/// The file format (accessibility/speech/lexicon-zh.txt, built in as the Qt resource
/// :/speech/lexicon-zh.txt): one word a line, the word, white space, then one pinyin syllable
/// per character with its tone digit (1-4, 5 for the neutral tone; ü as v): `重新 chong2 xin1`.
/// `#` starts a comment; blank lines are ignored. A line whose syllable count differs from the
/// word's length, or with a syllable that is not letters and a tone digit, is skipped with a
/// warning naming the line. A later line for the same word replaces the earlier one, so a
/// station's own file loaded after the built-in one can correct a word on site.
///
/// apply() replaces every listed word in a text by its syllables (spaced, which the
/// cmn-latn-pinyin voice reads as Mandarin with those tones); at each position the longest
/// listed word wins.
class PronunciationLexicon
{
public:
    /// Adds the entries of `text` (the format above); `origin` names it in warnings.
    /// Returns the number of entries read.
    int addEntries(const QString &text, const QString &origin);
    /// Adds the entries of a file; false when it cannot be read.
    bool addFile(const QString &path);

    [[nodiscard]] QString apply(const QString &text) const;
    [[nodiscard]] QString pinyin(const QString &word) const { return m_entries.value(word); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

    /// The built-in lexicon, plus the file named by KIOSK_SPEECH_LEXICON when it is set
    /// (loaded once, thread-safe).
    [[nodiscard]] static const PronunciationLexicon &standard();

private:
    QHash<QString, QString> m_entries;
    qsizetype m_longest = 0;
};

} // namespace speech
