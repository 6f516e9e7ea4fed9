// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/textcheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace server {

QString TextCheck::problem(QStringView text, qsizetype maxLength)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++characters) {
        const QChar c = text.at(i);
        if (c.isNull())
            return QStringLiteral("holds a NUL character (U+0000), which cannot be stored");
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a whole pair: one character
            continue;
        }
        if (c.isSurrogate())
            return QStringLiteral("holds half of a UTF-16 surrogate pair, which is not text and cannot be stored");
    }
    if (characters > maxLength)
        return QStringLiteral("%1 characters, at most %2 are allowed").arg(characters).arg(maxLength);
    return {};
}

QString TextCheck::fieldProblem(const QString &field, QStringView text, qsizetype maxLength)
{
    const QString why = problem(text, maxLength);
    return why.isEmpty() ? why : field + QStringLiteral(": ") + why;
}

QString TextCheck::jsonProblem(const QJsonValue &value, const QString &path, qsizetype maxStringLength,
                               qsizetype maxKeyLength)
{
    // Recursion is bounded: Qt's JSON parser refuses documents nested deeper than it allows,
    // and the push body and payload have byte limits.
    if (value.isString())
        return fieldProblem(path, value.toString(), maxStringLength);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = jsonProblem(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), maxStringLength,
                                              maxKeyLength);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A bad field name is not quoted in the path either: the path names where it is.
        if (const QString why = problem(it.key(), maxKeyLength); !why.isEmpty())
            return QStringLiteral("%1: a field name %2").arg(path, why.startsWith(u"holds") ? why : QStringLiteral("of ") + why);
        const QString found = jsonProblem(it.value(), path + u'.' + it.key(), maxStringLength, maxKeyLength);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace server
