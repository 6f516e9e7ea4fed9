// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/pronunciationlexicon.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcLexicon, "kiosk.speech.lexicon")

namespace speech {

int PronunciationLexicon::addEntries(const QString &text, const QString &origin)
{
    static const QRegularExpression syllable(QStringLiteral("^[a-zü]+[1-5]$"));
    int added = 0;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        const QStringList fields = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        const QString &word = fields.front();
        const QStringList syllables = fields.mid(1);
        bool valid = syllables.size() == word.size();
        for (const QString &s : syllables)
            valid = valid && syllable.match(s.toLower()).hasMatch();
        if (!valid) {
            qCWarning(lcLexicon).noquote() << origin << "line" << n + 1
                                           << ": needs one pinyin syllable with a tone digit per character";
            continue;
        }
        m_entries.insert(word, syllables.join(u' ').toLower().replace(u'ü', u'v'));
        m_longest = std::max(m_longest, word.size());
        ++added;
    }
    return added;
}

bool PronunciationLexicon::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcLexicon).noquote() << "cannot read the pronunciation lexicon" << path;
        return false;
    }
    addEntries(QString::fromUtf8(file.readAll()), path);
    return true;
}

QString PronunciationLexicon::apply(const QString &text) const
{
    if (m_entries.isEmpty())
        return text;
    QString out;
    out.reserve(text.size() * 3);
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        // Only Chinese characters start a word; the longest listed word wins.
        if (text[i].unicode() >= 0x3400) {
            for (qsizetype length = std::min(m_longest, text.size() - i); length >= 1; --length) {
                const auto found = m_entries.constFind(text.mid(i, length));
                if (found == m_entries.constEnd())
                    continue;
                if (!out.isEmpty() && !out.back().isSpace())
                    out += u' ';
                out += *found;
                out += u' ';
                i += length;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            if (!(text[i] == u' ' && !out.isEmpty() && out.back() == u' '))
                out += text[i];
            ++i;
        }
    }
    return out.trimmed();
}

const PronunciationLexicon &PronunciationLexicon::standard()
{
    static const PronunciationLexicon lexicon = [] {
        PronunciationLexicon l;
        if (!l.addFile(QStringLiteral(":/speech/lexicon-zh.txt")))
            qCWarning(lcLexicon) << "the built-in pronunciation lexicon is missing";
        const QString local = qEnvironmentVariable("KIOSK_SPEECH_LEXICON");
        if (!local.isEmpty())
            l.addFile(local);
        return l;
    }();
    return lexicon;
}

} // namespace speech
