// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ratingphrases.h"

namespace core {

namespace {

std::optional<LocalizedText> find(const QList<Phrase> &list, QStringView key)
{
    for (const Phrase &phrase : list) {
        if (phrase.key == key)
            return phrase.words;
    }
    return std::nullopt;
}

} // namespace

const QList<Phrase> &RatingPhrases::praise()
{
    static const QList<Phrase> phrases{
        {QStringLiteral("on_time"), {QStringLiteral("准时"), QStringLiteral("On time")}},
        {QStringLiteral("kind"), {QStringLiteral("态度亲切"), QStringLiteral("Kind")}},
        {QStringLiteral("helpful"), {QStringLiteral("帮了大忙"), QStringLiteral("Really helpful")}},
        {QStringLiteral("skilled"), {QStringLiteral("做得很专业"), QStringLiteral("Knew what to do")}},
    };
    return phrases;
}

const QList<Phrase> &RatingPhrases::complaints()
{
    static const QList<Phrase> phrases{
        {QStringLiteral("late"), {QStringLiteral("来晚了"), QStringLiteral("Came late")}},
        {QStringLiteral("did_not_come"), {QStringLiteral("没有来"), QStringLiteral("Did not come")}},
        {QStringLiteral("rude"), {QStringLiteral("态度不好"), QStringLiteral("Was rude")}},
        {QStringLiteral("not_what_was_asked"), {QStringLiteral("不是我要的帮助"), QStringLiteral("Not the help I asked for")}},
    };
    return phrases;
}

bool RatingPhrases::isKnown(QStringView key)
{
    return words(key).has_value();
}

bool RatingPhrases::isPraise(QStringView key)
{
    return find(praise(), key).has_value();
}

std::optional<LocalizedText> RatingPhrases::words(QStringView key)
{
    if (auto w = find(praise(), key))
        return w;
    return find(complaints(), key);
}

QString RatingPhrases::firstUnknown(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!isKnown(key))
            return key.isEmpty() ? QStringLiteral("(empty)") : key;
    }
    return {};
}

} // namespace core
