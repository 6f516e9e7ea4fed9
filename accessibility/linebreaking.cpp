// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/linebreaking.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QList>

#include <memory>
#include <vector>

namespace {

// Words longer than this are not grown by the short words beside them: a line of 200% text
// in portrait holds about ten characters, and a chunk must still leave room to break.
constexpr int kLongestChunk = 4;

// Measure words and date parts that belong to the number before them (3个, 2026年3月25日).
constexpr char16_t kNumberUnits[] = u"年月日号时点分秒岁元角个位次天周届级期楼层室件张项名人";

struct Marks
{
    explicit Marks(qsizetype size)
        : joinBefore(size + 1, false)
        , breakBefore(size + 1, false)
        , noBreakSpace(size, false)
        , protectedAt(size, false)
    {
    }
    std::vector<bool> joinBefore;   // no break between [i-1] and [i]
    std::vector<bool> breakBefore;  // a break allowed between [i-1] and [i] (U+200B)
    std::vector<bool> noBreakSpace; // this space becomes U+202F
    std::vector<bool> protectedAt;  // inside a markup tag or a %1 placeholder: left as it is
};

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

bool isHan(char32_t codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han;
}

/// Rich text tags (<b>, <br/>) and placeholders (%1, %L2, %n) must stay byte for byte.
void protectMarkupAndPlaceholders(const QString &s, Marks &marks)
{
    const qsizetype n = s.size();
    const bool markup = s.contains(u'<') && s.contains(u'>');
    for (qsizetype i = 0; i < n; ++i) {
        if (markup && s[i] == u'<' && i + 1 < n && (s[i + 1].isLetter() || s[i + 1] == u'/' || s[i + 1] == u'!')) {
            const qsizetype end = s.indexOf(u'>', i);
            for (qsizetype k = i; k <= (end < 0 ? n - 1 : end); ++k)
                marks.protectedAt[k] = true;
            i = end < 0 ? n : end;
            continue;
        }
        if (s[i] == u'%' && i + 1 < n) {
            qsizetype k = i + 1;
            if (s[k] == u'L' && k + 1 < n)
                ++k;
            if (isDigit(s[k]) || s[k] == u'n') {
                while (k < n && isDigit(s[k]))
                    ++k;
                if (k < n && s[k] == u'n')
                    ++k;
                for (qsizetype p = i; p < k; ++p)
                    marks.protectedAt[p] = true;
                i = k - 1;
            }
        }
    }
}

/// A character of a number group: a digit, a masking star, or the ID number's check letter X.
bool isGroupChar(const QString &s, qsizetype i, const Marks &marks)
{
    if (i < 0 || i >= s.size() || marks.protectedAt[i])
        return false;
    const QChar c = s[i];
    if (isDigit(c) || c == u'*' || c == u'•')
        return true;
    return (c == u'X' || c == u'x') && i > 0 && isDigit(s[i - 1]);
}

void markNumbers(const QString &s, Marks &marks)
{
    static const QString separators = QStringLiteral("/-:.,~\u2013\uFF0D\uFF1A\uFF0F");
    static const QString units = QString::fromUtf16(kNumberUnits);
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (marks.protectedAt[i])
            continue;
        const QChar c = s[i];
        const bool between = isGroupChar(s, i - 1, marks) && isGroupChar(s, i + 1, marks);
        if (between && separators.contains(c)) {
            marks.joinBefore[i] = true; // 2026-03-25, 10:30, 03/25
            marks.joinBefore[i + 1] = true;
        } else if (between && c == u' ') {
            marks.noBreakSpace[i] = true; // 138 0013 8000, 120101 19900325 1234
        } else if (i > 0 && units.contains(c) && isDigit(s[i - 1]) && !marks.protectedAt[i - 1]) {
            marks.joinBefore[i] = true; // 3个, 2026年
            if (i + 1 < n && isDigit(s[i + 1]))
                marks.joinBefore[i + 1] = true; // 年3月
        } else if ((c == u'到' || c == u'至') && i > 0 && i + 1 < n && isDigit(s[i - 1]) && isDigit(s[i + 1])
                   && !marks.protectedAt[i - 1] && !marks.protectedAt[i + 1]) {
            marks.joinBefore[i] = true; // 1到7
            marks.joinBefore[i + 1] = true;
        } else if (c == u'第' && i + 1 < n && isDigit(s[i + 1]) && !marks.protectedAt[i + 1]) {
            marks.joinBefore[i + 1] = true; // 第3
        }
    }
}

/// "check-in", "e-mail", "A-12": Qt would break after the hyphen.
void markHyphenatedWords(const QString &s, Marks &marks)
{
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if ((s[i] == u'-' || s[i] == u'\u2010') && s[i - 1].isLetterOrNumber() && s[i + 1].isLetterOrNumber()
            && !marks.protectedAt[i])
            marks.joinBefore[i + 1] = true;
    }
}

bool isWideOrHan(QChar c)
{
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

/// Curly quotes are class QU: no break on either side, so “修改”去选 would be one unbreakable
/// piece and a line would be cut inside a word instead. In Chinese a line may break before an
/// opening quote and after a closing one (U+200B ZERO WIDTH SPACE there).
void markQuotes(const QString &s, Marks &marks)
{
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if (marks.protectedAt[i])
            continue;
        if ((s[i] == u'“' || s[i] == u'‘') && isWideOrHan(s[i - 1]))
            marks.breakBefore[i] = true;
        else if ((s[i] == u'”' || s[i] == u'’') && isHan(s[i + 1].unicode()))
            marks.breakBefore[i + 1] = true;
    }
}

/// "共 %2 级", "已输入 %n 位": a last single character after a space stays with what is before.
void markLastCharacterAfterSpace(const QString &s, Marks &marks)
{
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if (s[i] != u' ' || marks.protectedAt[i] || !isHan(s[i + 1].unicode()) || s[i - 1].isSpace())
            continue;
        const bool lastOfRun = i + 2 >= s.size() || !isHan(s[i + 2].unicode());
        if (lastOfRun && !isHan(s[i - 1].unicode()))
            marks.noBreakSpace[i] = true;
    }
}

/// The end of every paragraph: its last letter, digit or character never stands alone on the
/// last line ("应为1到7。", "最后一位可以是X。", "must be 1 to 7.").
void markParagraphEnds(const QString &s, Marks &marks)
{
    const qsizetype n = s.size();
    for (qsizetype end = 0; end <= n; ++end) {
        if (end < n && s[end] != u'\n')
            continue;
        qsizetype last = end - 1;
        while (last >= 0 && s[last] != u'\n' && !s[last].isLetterOrNumber())
            --last;
        if (last < 1 || s[last] == u'\n' || marks.protectedAt[last])
            continue;
        // Only a one-character piece: a longer Latin word or number holds together already,
        // and a Mandarin run's last word is joined by markMandarinWords.
        const bool han = isHan(s[last].unicode());
        const QChar before = s[last - 1];
        if (han ? isHan(before.unicode()) : (before.isLetterOrNumber() && !isHan(before.unicode())))
            continue;
        if (before == u' ') {
            if (last >= 2 && s[last - 2].isLetterOrNumber() && !marks.protectedAt[last - 1])
                marks.noBreakSpace[last - 1] = true;
        } else if (s[last - 1] != u'\n' && !s[last].isLowSurrogate()) {
            // After a placeholder too: "还剩%1天" stays "还剩%1⁠天" for arg() and on screen.
            marks.joinBefore[last] = true;
        }
    }
}

struct Chunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    int characters = 0;
};

int codePoints(QStringView word)
{
    int count = 0;
    for (qsizetype i = 0; i < word.size(); ++i)
        count += word[i].isLowSurrogate() ? 0 : 1;
    return count;
}

bool allHan(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (char32_t codePoint : word.toUcs4())
        if (!isHan(codePoint))
            return false;
    return true;
}

icu::BreakIterator *wordBreaker()
{
    // Making one loads the dictionary: one per thread, reused.
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return breaker.get();
}

void joinChunk(const Chunk &chunk, const QString &s, Marks &marks)
{
    for (qsizetype i = chunk.start + 1; i < chunk.end; ++i)
        if (!s[i].isLowSurrogate() && !marks.protectedAt[i] && !marks.protectedAt[i - 1])
            marks.joinBefore[i] = true;
}

/// Consecutive Chinese words form chunks: a dictionary word, grown by a one-character word
/// beside it (的, 键, 请) while the chunk stays short; a run's last one-character word always
/// joins the chunk before it, so no line ends a sentence with one character.
void markMandarinWords(const QString &s, Marks &marks)
{
    icu::BreakIterator *breaker = wordBreaker();
    if (!breaker)
        return;
    const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    breaker->setText(text);

    std::vector<Chunk> run;
    auto closeRun = [&] {
        if (run.size() >= 2 && run.back().characters == 1) {
            Chunk last = run.back();
            run.pop_back();
            run.back().end = last.end;
            run.back().characters += 1;
        }
        for (const Chunk &chunk : run)
            joinChunk(chunk, s, marks);
        run.clear();
    };

    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
        const QStringView word = QStringView(s).mid(start, end - start);
        if (!allHan(word)) {
            closeRun();
            continue;
        }
        const Chunk next{start, end, codePoints(word)};
        if (run.empty()) {
            run.push_back(next);
            continue;
        }
        Chunk &last = run.back();
        const bool fits = last.characters + next.characters <= kLongestChunk;
        if (fits && (next.characters == 1 || last.characters == 1)) {
            last.end = next.end;
            last.characters += next.characters;
        } else {
            run.push_back(next);
        }
    }
    closeRun();
}

bool hasHan(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i)
        if (s[i].script() == QChar::Script_Han || s[i].isHighSurrogate())
            return true;
    return false;
}

QString applied(const QString &s, const Marks &marks)
{
    QString out;
    out.reserve(s.size() + s.size() / 2);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i > 0 && marks.breakBefore[i])
            out += QChar(LineBreaking::kZeroWidthSpace);
        else if (i > 0 && marks.joinBefore[i])
            out += QChar(LineBreaking::kWordJoiner);
        out += marks.noBreakSpace[i] ? QChar(LineBreaking::kNoBreakSpace) : s[i];
    }
    return out;
}

QString withoutWordJoiners(const QString &text)
{
    QString s = text;
    s.remove(QChar(LineBreaking::kWordJoiner));
    s.remove(QChar(LineBreaking::kZeroWidthSpace));
    s.replace(QChar(LineBreaking::kNoBreakSpace), QChar(u' '));
    return s;
}

} // namespace

QString LineBreaking::keepTogether(const QString &text)
{
    const QString s = withoutWordJoiners(text);
    if (s.size() < 2)
        return s;
    Marks marks(s.size());
    protectMarkupAndPlaceholders(s, marks);
    markNumbers(s, marks);
    markHyphenatedWords(s, marks);
    markParagraphEnds(s, marks);
    if (hasHan(s)) {
        markMandarinWords(s, marks);
        markQuotes(s, marks);
        markLastCharacterAfterSpace(s, marks);
    }
    return applied(s, marks);
}

QString LineBreaking::keepNumbersWhole(const QString &text)
{
    const QString s = withoutWordJoiners(text);
    if (s.size() < 2)
        return s;
    Marks marks(s.size());
    protectMarkupAndPlaceholders(s, marks);
    markNumbers(s, marks);
    return applied(s, marks);
}

QString LineBreaking::withoutJoiners(const QString &text)
{
    return withoutWordJoiners(text);
}
