// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/mandarinnormaliser.h"

#include "accessibility/speech/mandarincodewords.h"
#include "accessibility/speech/mandarinnumberwords.h"
#include "accessibility/speech/mandarintimewords.h"
#include "accessibility/speech/spokenrule.h"
#include "accessibility/speech/textwidth.h"

namespace speech::MandarinNormaliser {

namespace {

using Match = QRegularExpressionMatch;
namespace N = MandarinNumberWords;
namespace T = MandarinTimeWords;
namespace C = MandarinCodeWords;

QRegularExpression re(const char *pattern)
{
    QRegularExpression r(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
    r.optimize();
    return r;
}

QStringView after(const Match &m, QStringView text)
{
    return text.mid(m.capturedEnd());
}

/// True when a word that introduces a phone number (电话, 热线, 拨打 ...) stands just before
/// the match: short service numbers (12385, 110) are then said digit by digit.
bool afterPhoneWord(const Match &m, QStringView text)
{
    QStringView before = text.left(m.capturedStart()).trimmed();
    while (before.endsWith(u'：') || before.endsWith(u':') || before.endsWith(u'是'))
        before = before.chopped(1).trimmed();
    for (const char16_t *word : {u"电话", u"热线", u"拨打", u"致电", u"手机", u"手机号", u"号码", u"打"})
        if (before.endsWith(QStringView(word)))
            return true;
    return false;
}

/// True when a word naming a district or area code (区划代码, 区号 ...) stands just before
/// the match: a six-digit code (120104) is a name, said digit by digit, not an amount.
bool afterAreaWord(const Match &m, QStringView text)
{
    QStringView before = text.left(m.capturedStart()).trimmed();
    while (before.endsWith(u'：') || before.endsWith(u':') || before.endsWith(u'是')
           || before.endsWith(u'为'))
        before = before.chopped(1).trimmed();
    for (const char16_t *word : {u"区划", u"代码", u"编码", u"区号", u"地区", u"区县", u"辖区",
                                 u"区", u"县", u"行政区"})
        if (before.endsWith(QStringView(word)))
            return true;
    return false;
}

QString range(const QString &from, const QString &to)
{
    return from.isNull() || to.isNull() ? QString() : from + u'到' + to;
}

QString number(QStringView integer, QStringView fraction)
{
    return fraction.isEmpty() ? N::cardinal(integer) : N::decimal(integer, fraction);
}

QString money(QStringView yuan, QStringView fraction)
{
    const QString jiao = fraction.size() >= 1 ? fraction.left(1).toString() : QString();
    const QString fen = fraction.size() >= 2 ? fraction.mid(1, 1).toString() : QString();
    QString out;
    const bool hasYuan = yuan.toLongLong() > 0;
    if (hasYuan)
        out = N::count(yuan, u"元") + u'元';
    const bool hasJiao = !jiao.isEmpty() && jiao != u"0";
    const bool hasFen = !fen.isEmpty() && fen != u"0";
    if (hasJiao)
        out += N::count(jiao, u"角") + u'角';
    else if (hasFen && hasYuan)
        out += u'零';
    if (hasFen)
        out += N::count(fen, u"分") + u'分';
    return out.isEmpty() ? QStringLiteral("零元") : out;
}

const QList<SpokenRule> &rules()
{
    static const QList<SpokenRule> list{
        // 2025-12-01, 2025/12/01, 2025.12.01: a full date.
        {re(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.:]))"),
         [](const Match &m, QStringView) {
             const QString date = T::date(m.capturedView(1), m.capturedView(2), m.capturedView(3));
             // Not a date (month 13): a reference number, its parts digit by digit.
             return date.isNull() ? N::eachDigit(m.capturedView(1)) + u'，' + N::eachDigit(m.capturedView(2))
                             + u'，' + N::eachDigit(m.capturedView(3))
                                  : date;
         }},
        // 2024-2025年: two years.
        {re(R"((\d{4})\s*[-–~～至到]\s*(\d{4})(?=\s*年))"),
         [](const Match &m, QStringView) {
             return range(T::year(m.capturedView(1)), T::year(m.capturedView(2)));
         }},
        // 2025年, 2025年度, (2023版): a year is said digit by digit.
        {re(R"((\d{4})(?=\s*[年版])(?!\s*年[级龄限]))"),
         [](const Match &m, QStringView) { return T::year(m.capturedView(1)); }},
        // 9:00-11:30: from one time to another.
        {re(R"((\d{1,2})[:：](\d{2})\s*[-–~～至到]\s*(\d{1,2})[:：](\d{2})(?![\d:]))"),
         [](const Match &m, QStringView) {
             return range(T::clock(m.capturedView(1), m.capturedView(2)),
                          T::clock(m.capturedView(3), m.capturedView(4)));
         }},
        // 08:46, 9:00, 11:30:15.
        {re(R"((\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?![\d:]))"),
         [](const Match &m, QStringView) {
             return T::clock(m.capturedView(1), m.capturedView(2), m.capturedView(3));
         }},
        // 版本2.10.3: a dotted version (two dots or more), each part a number, 二点十点三.
        {re(R"((\d+(?:\.\d+){2,})(?![\d.]))"),
         [](const Match &m, QStringView) {
             QStringList parts;
             for (QStringView part : m.capturedView(1).split(u'.'))
                 parts.append(part.startsWith(u'0') && part.size() > 1 ? N::eachDigit(part)
                                                                        : N::cardinal(part));
             return parts.join(u'点');
         }},
        // 138****5678, 110105********123X: the hidden digits are said to be hidden.
        {re(R"((\d*)\*{2,}(\d*[Xx]?)(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) {
             return C::masked(m.capturedView(1), m.capturedView(2));
         }},
        // A disability certificate number: the ID number, two digits (category and grade),
        // and a replacement mark such as B1.
        {re(R"((\d{17}[\dXx])(\d{2})(?:([Bb])(\d))?(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) {
             QString said = C::idNumber(m.capturedView(1)) + u'，' + N::eachDigitCalled(m.capturedView(2));
             if (m.hasCaptured(3))
                 said += u'，' + C::code(m.captured(3) + m.captured(4));
             return said;
         }},
        // An ID number: 17 digits and a digit or X (18), or the old cards' 15 digits.
        {re(R"((\d{17}[\dXx]|\d{15})(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) { return C::idNumber(m.capturedView(1)); }},
        // A mobile number, plain or grouped: 13812345678, 138-1234-5678, 138 1234 5678.
        {re(R"((1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?![\d]))"),
         [](const Match &m, QStringView) {
             return C::phone(m.captured(1) + m.captured(2) + m.captured(3));
         }},
        // A landline with its area code: 010-12345678, 0571-8888888.
        {re(R"((0\d{2,3})-(\d{7,8})(?![\d]))"),
         [](const Match &m, QStringView) {
             return C::landline(m.capturedView(1), m.capturedView(2));
         }},
        // 400-123-4567 style service numbers.
        {re(R"(([48]00)-?(\d{3})-?(\d{4})(?![\d]))"),
         [](const Match &m, QStringView) {
             return N::eachDigitCalled(m.capturedView(1)) + u'，' + N::eachDigitCalled(m.capturedView(2))
                     + u'，' + N::eachDigitCalled(m.capturedView(3));
         }},
        // A number after 电话/热线/拨打 ...: said digit by digit (12385 幺二三八五).
        {re(R"((\d{3,12})(?![\d.]))"),
         [](const Match &m, QStringView text) {
             return afterPhoneWord(m, text) ? C::phone(m.capturedView(1)) : QString();
         }},
        // A district's area code after 区划代码/区号/区 ...: 120104 一二零一零四.
        {re(R"((\d{6})(?![\d.]))"),
         [](const Match &m, QStringView text) {
             return afterAreaWord(m, text) ? N::eachDigit(m.capturedView(1)) : QString();
         }},
        // Money: ¥12.50, 12.50元 → 十二元五角.
        {re(R"([¥￥]\s*(\d+)(?:\.(\d{1,2}))?(?![\d]))"),
         [](const Match &m, QStringView) { return money(m.capturedView(1), m.capturedView(2)); }},
        {re(R"((\d+)(?:\.(\d{1,2}))?\s*元)"),
         [](const Match &m, QStringView) { return money(m.capturedView(1), m.capturedView(2)); }},
        // 130%, 2.5%: 百分之一百三十.
        {re(R"((\d+)(?:\.(\d+))?\s*[%％])"),
         [](const Match &m, QStringView) {
             return QStringLiteral("百分之") + number(m.capturedView(1), m.capturedView(2));
         }},
        // A queue number: one letter and three digits (A012 → A 零一二).
        {re(R"(([A-Z])(\d{3})(?![\dA-Za-z]))"),
         [](const Match &m, QStringView) {
             return C::queueNumber(m.capturedView(1).front(), m.capturedView(2));
         }},
        // A code of letters and digits (A7K2, B1): character by character.
        // Not 5kg, 10cm: a number with a unit.
        {re(R"((?!\d+(?:kg|km|cm|mm|m|g|h|min|s)(?![A-Za-z\d]))(?=[A-Za-z]*\d)(?=\d*[A-Za-z])([A-Za-z\d]{2,16})(?![A-Za-z\d]))"),
         [](const Match &m, QStringView) { return C::code(m.capturedView(1)); }},
        // 3-5个, 1.5-2小时: a range of numbers.
        {re(R"((\d+)(?:\.(\d+))?\s*[-–~～]\s*(\d+)(?:\.(\d+))?(?![\d.:]))"),
         [](const Match &m, QStringView text) {
             const QString to = m.capturedView(4).isEmpty()
                     ? N::count(m.capturedView(3), after(m, text))
                     : N::decimal(m.capturedView(3), m.capturedView(4));
             return range(number(m.capturedView(1), m.capturedView(2)), to);
         }},
        // 1.5 一点五.
        {re(R"((\d+)\.(\d+)(?![\d.]))"),
         [](const Match &m, QStringView) { return N::decimal(m.capturedView(1), m.capturedView(2)); }},
        // 1,000 and 12,345: thousands separators.
        {re(R"((\d{1,3}(?:,\d{3})+)(?![\d]))"),
         [](const Match &m, QStringView text) {
             return N::count(m.capturedView(1).toString().remove(u','), after(m, text));
         }},
        // Numbers too long to be an amount (a bank card): in fours, digit by digit.
        {re(R"((\d{13,})(?![\d]))"),
         [](const Match &m, QStringView) { return C::phone(m.capturedView(1)); }},
        // 007: a leading zero means a name, digit by digit.
        {re(R"((0\d+)(?![\d]))"),
         [](const Match &m, QStringView) { return N::eachDigit(m.capturedView(1)); }},
        // Any other number is an amount: 101 一百零一, 2个 两个; after 第 an ordinal (第二次).
        {re(R"((\d+)(?![\d]))"),
         [](const Match &m, QStringView text) {
             if (text.left(m.capturedStart()).endsWith(u'第'))
                 return N::cardinal(m.capturedView(1));
             return N::count(m.capturedView(1), after(m, text));
         }},
    };
    return list;
}

/// A minus sign before a number (-5, 温度 -5度) is 负; not the hyphen of a range or a
/// grouped number (3-5, 010-12345678, 9:00 - 11:30), where a digit or letter comes before.
QString withNegativeSign(const QString &text)
{
    static const QRegularExpression minus = re(
            R"((?<![\dA-Za-z.:%)）])(?<![\dA-Za-z.:%)）] )(?<![\dA-Za-z.:%)）]  )[-−－](?=\d))");
    QString out = text;
    return out.replace(minus, QStringLiteral("负"));
}

/// "/" between Chinese words, read before the number rules turn digits into characters:
/// a unit after a number and "/" is "per" (20元/人 二十元每人), otherwise "or" (类别/等级变更
/// 类别或等级变更).
QString withOrWords(QString text)
{
    static const QRegularExpression perUnit = re(R"((?<=\d)(\p{Han})\s*[/／]\s*(?=\p{Han}))");
    text.replace(perUnit, QStringLiteral("\\1每"));
    static const QRegularExpression hanSlash = re(R"((?<=\p{Han})\s*[/／]\s*(?=\p{Han}))");
    return text.replace(hanSlash, QStringLiteral("或"));
}

/// Symbols eSpeak's Mandarin voice would read with its English voice ("slash", "plus",
/// "equals", "at", "percent", "backslash", "Japanese letter") or silently drop where a
/// Mandarin reader says a word (×, ℃). Said after the number rules, so 3×4 is 三乘四.
QString withSymbolWords(QString said)
{
    // "/" left after withOrWords() (a code, 1/2): the Mandarin word for the stroke, never the
    // English "slash".
    static const QList<std::pair<QString, QString>> words{
        {QStringLiteral("/"), QStringLiteral("斜杠")},   {QStringLiteral("／"), QStringLiteral("斜杠")},
        {QStringLiteral("\\"), QStringLiteral("反斜杠")}, {QStringLiteral("±"), QStringLiteral("正负")},
        {QStringLiteral("+"), QStringLiteral("加")},      {QStringLiteral("="), QStringLiteral("等于")},
        {QStringLiteral("×"), QStringLiteral("乘")},      {QStringLiteral("÷"), QStringLiteral("除以")},
        {QStringLiteral("@"), QStringLiteral("艾特")},    {QStringLiteral("℃"), QStringLiteral("摄氏度")},
        {QStringLiteral("°"), QStringLiteral("度")},      {QStringLiteral("№"), QStringLiteral("编号")},
        {QStringLiteral("%"), QStringLiteral("百分号")},  {QStringLiteral("％"), QStringLiteral("百分号")},
        {QStringLiteral("#"), QStringLiteral("井号")},    {QStringLiteral("&"), QStringLiteral("和")},
        {QStringLiteral("~"), QStringLiteral("到")},      {QStringLiteral("～"), QStringLiteral("到")},
        // Pauses, not words: the katakana middle dot (read "Japanese letter"), the asterisk
        // of hidden digits already said, the reference mark.
        {QStringLiteral("・"), QStringLiteral("，")},     {QStringLiteral("*"), QString()},
        {QStringLiteral("※"), QString()},
    };
    for (const auto &[symbol, word] : words)
        said.replace(symbol, word);
    return said;
}

} // namespace

QString normalise(const QString &text)
{
    return withSymbolWords(applySpokenRules(withOrWords(withNegativeSign(narrowed(text))), rules()));
}

} // namespace speech::MandarinNormaliser
