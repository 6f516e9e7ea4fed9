// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/spokenrule.h"

namespace speech {

namespace {

bool isLatinOrDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool startsRun(QChar c)
{
    return isLatinOrDigit(c) || c == u'¥' || c == u'￥' || c == u'*';
}

} // namespace

QString applySpokenRules(const QString &text, const QList<SpokenRule> &rules)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (!startsRun(c) || (i > 0 && isLatinOrDigit(text[i - 1]) && isLatinOrDigit(c))) {
            out += c;
            ++i;
            continue;
        }
        bool read = false;
        for (const SpokenRule &rule : rules) {
            const QRegularExpressionMatch match = rule.pattern.match(
                    text, i, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch() || match.capturedLength() == 0)
                continue;
            const QString said = rule.say(match, text);
            if (said.isNull())
                continue;
            out += said;
            i = match.capturedEnd();
            read = true;
            break;
        }
        if (read)
            continue;
        // No rule: the run as written.
        do {
            out += text[i];
            ++i;
        } while (i < text.size() && isLatinOrDigit(text[i]) && isLatinOrDigit(text[i - 1]));
    }
    return out;
}

} // namespace speech
