// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/englishnormaliser.h"

#include "accessibility/speech/englishnumberwords.h"
#include "accessibility/speech/spokenrule.h"
#include "accessibility/speech/textwidth.h"

#include <QStringList>

namespace speech::EnglishNormaliser {

namespace {

using Match = QRegularExpressionMatch;
namespace W = EnglishNumberWords;

QRegularExpression re(const char *pattern, bool caseSensitive = false)
{
    QRegularExpression r(QString::fromUtf8(pattern), caseSensitive
                                 ? QRegularExpression::NoPatternOption
                                 : QRegularExpression::CaseInsensitiveOption);
    r.optimize();
    return r;
}

constexpr const char *monthPattern =
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

int monthNumber(QStringView name)
{
    for (int m = 1; m <= 12; ++m)
        if (W::monthName(m).startsWith(name.left(3), Qt::CaseInsensitive))
            return m;
    return 0;
}

QString datePhrase(int month, int day, QStringView year, bool dayFirst)
{
    const QString monthWords = W::monthName(month);
    const QString dayWords = W::ordinal(day);
    if (monthWords.isEmpty() || dayWords.isEmpty())
        return {};
    QString out = dayFirst ? QStringLiteral("the ") + dayWords + QStringLiteral(" of ") + monthWords
                           : monthWords + u' ' + dayWords;
    if (!year.isEmpty())
        out += QStringLiteral(", ") + W::year(year);
    return out;
}

QString ampm(QStringView s)
{
    if (s.isEmpty())
        return {};
    return s.front().toLower() == u'a' ? QStringLiteral("a.m.") : QStringLiteral("p.m.");
}

/// A code said a character at a time, with commas so each letter is a letter (a lone "A"
/// would otherwise be the article).
QString spelled(QStringView characters)
{
    QStringList parts;
    for (QChar c : characters)
        parts << (c.isDigit() ? W::eachDigit(QStringView(&c, 1)) : QString(c.toUpper()));
    return parts.join(QStringLiteral(", "));
}

QString grouped(QStringView digits, std::initializer_list<int> sizes)
{
    QStringList parts;
    qsizetype at = 0;
    for (int size : sizes) {
        if (at >= digits.size())
            break;
        parts << W::eachDigit(digits.mid(at, size));
        at += size;
    }
    if (at < digits.size())
        parts << W::eachDigit(digits.mid(at));
    return parts.join(QStringLiteral(", "));
}

const QList<SpokenRule> &rules()
{
    static const QString month = QString::fromLatin1(monthPattern);
    static const QList<SpokenRule> list{
        // 2025-12-01: "December first, twenty twenty-five".
        {re(R"((\d{4})-(\d{1,2})-(\d{1,2})(?![\d:]))"),
         [](const Match &m, QStringView) {
             return datePhrase(m.capturedView(2).toInt(), m.capturedView(3).toInt(),
                               m.capturedView(1), false);
         }},
        // December 1, 2025 / Dec 1st.
        {re(qPrintable(QStringLiteral(R"(\b%1\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\d:]))").arg(month))),
         [](const Match &m, QStringView) {
             return datePhrase(monthNumber(m.capturedView(1)), m.capturedView(2).toInt(),
                               m.capturedView(3), false);
         }},
        // 1 December 2025: "the first of December, twenty twenty-five".
        {re(qPrintable(QStringLiteral(R"((\d{1,2})(?:st|nd|rd|th)?\s+%1\b\.?(?:,?\s+(\d{4}))?)").arg(month))),
         [](const Match &m, QStringView) {
             return datePhrase(monthNumber(m.capturedView(2)), m.capturedView(1).toInt(),
                               m.capturedView(3), true);
         }},
        // 9:00-11:30: "nine o'clock to eleven thirty".
        {re(R"((\d{1,2}):(\d{2})\s*(?:-|–|to)\s*(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b\.?)?)"),
         [](const Match &m, QStringView) {
             const QString from = W::clock(m.capturedView(1), m.capturedView(2), ampm(m.capturedView(5)));
             const QString to = W::clock(m.capturedView(3), m.capturedView(4), ampm(m.capturedView(5)));
             return from.isNull() || to.isNull() ? QString() : from + QStringLiteral(" to ") + to;
         }},
        // 8:46, 9:00 am.
        {re(R"((\d{1,2}):(\d{2})(?![\d:])(?:\s*([ap])\.?m\b\.?)?)"),
         [](const Match &m, QStringView) {
             return W::clock(m.capturedView(1), m.capturedView(2), ampm(m.capturedView(3)));
         }},
        // 138****5678: "one three eight, hidden digits, five six seven eight".
        {re(R"((\d*)\*{2,}(\d*[Xx]?)(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) {
             QStringList parts;
             if (!m.capturedView(1).isEmpty())
                 parts << W::eachDigit(m.capturedView(1));
             parts << QStringLiteral("hidden digits");
             if (!m.capturedView(2).isEmpty())
                 parts << W::eachDigit(m.capturedView(2));
             return parts.join(QStringLiteral(", "));
         }},
        // Disability certificate number: the ID number, category and grade, replacement mark.
        {re(R"((\d{17}[\dXx])(\d{2})(?:(B)(\d))?(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) {
             QString said = grouped(m.capturedView(1), {6, 8, 4}) + QStringLiteral(", ")
                     + W::eachDigit(m.capturedView(2));
             if (m.hasCaptured(3))
                 said += QStringLiteral(", ") + spelled(QString(m.captured(3) + m.captured(4)).toUpper());
             return said;
         }},
        // ID number, 6-8-4.
        {re(R"((\d{17}[\dXx])(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) { return grouped(m.capturedView(1), {6, 8, 4}); }},
        // Mobile number, 3-4-4.
        {re(R"((1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d))"),
         [](const Match &m, QStringView) {
             return grouped(m.captured(1) + m.captured(2) + m.captured(3), {3, 4, 4});
         }},
        // Landline with area code.
        {re(R"((0\d{2,3})-(\d{7,8})(?!\d))"),
         [](const Match &m, QStringView) {
             const QString number = m.capturedView(2).toString();
             return W::eachDigit(m.capturedView(1)) + QStringLiteral(", ")
                     + grouped(number, {int(number.size()) - 4, 4});
         }},
        // Money: ¥12.50 / 12.50 yuan → "twelve yuan fifty".
        {re(R"((?:¥|￥)\s*(\d+)(?:\.(\d{2}))?(?!\d)|(\d+)(?:\.(\d{2}))?\s*(?:yuan|RMB|CNY)\b)"),
         [](const Match &m, QStringView) {
             const QStringView yuan = m.capturedView(1).isEmpty() ? m.capturedView(3) : m.capturedView(1);
             const QStringView cents = m.capturedView(1).isEmpty() ? m.capturedView(4) : m.capturedView(2);
             const QString words = W::cardinal(yuan.toLongLong());
             if (words.isEmpty())
                 return QString();
             QString out = words + QStringLiteral(" yuan");
             if (!cents.isEmpty() && cents.toInt() > 0)
                 out += u' ' + W::cardinal(cents.toInt());
             return out;
         }},
        // Queue number A012: "A, zero one two".
        {re(R"(([A-Z])(\d{3})(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) {
             if (m.capturedView(1).front().isLower())
                 return QString();
             return m.capturedView(1).toString() + QStringLiteral(", ") + W::eachDigit(m.capturedView(2));
         }},
        // A code of letters and digits: "A, seven, K, two".
        // Not 2nd, 10am, 5kg: ordinals and numbers with a unit.
        {re(R"((?!\d+(?:st|nd|rd|th|am|pm|s|kg|km|cm|mm|m|g|h|min)\b)(?=[A-Za-z]*\d)(?=\d*[A-Za-z])([A-Za-z\d]{2,16})(?![A-Za-z\d]))"),
         [](const Match &m, QStringView) { return spelled(m.capturedView(1)); }},
        // A code already spaced out, single capitals and digits: "A 7 K 2".
        {re(R"(([A-Z\d](?: [A-Z\d]){2,15})(?![A-Za-z\d]))", true),
         [](const Match &m, QStringView) {
             const QString compact = m.capturedView(1).toString().remove(u' ');
             bool letter = false;
             for (QChar c : compact)
                 letter = letter || c.isLetter();
             // Digits alone (1 2 3) are already read one by one; the article is the risk.
             return letter ? spelled(compact) : QString();
         }},
        // A year after "in", "since", "year" ...: "in twenty twenty-five".
        {re(R"((1[89]\d\d|20\d\d)(?![\d]))"),
         [](const Match &m, QStringView text) {
             static const QRegularExpression before(QStringLiteral(R"(\b(?:in|since|year|until|from|of)\s+$)"),
                                                    QRegularExpression::CaseInsensitiveOption);
             return before.match(text.left(m.capturedStart())).hasMatch() ? W::year(m.capturedView(1))
                                                                          : QString();
         }},
    };
    return list;
}

} // namespace

QString normalise(const QString &text)
{
    QString said = applySpokenRules(narrowed(text), rules());
    said.replace(u'*', QString());
    return said;
}

} // namespace speech::EnglishNormaliser
