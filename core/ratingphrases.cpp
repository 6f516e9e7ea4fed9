// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ratingphrases.h"
#include "core/translatabletext.h"

namespace core {

namespace {

std::optional<TranslatableText> find(const QList<Phrase> &list, QStringView key)
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
        {QStringLiteral("on_time"), core::TranslatableText::translate("core::RatingPhrases", "On time")},
        {QStringLiteral("kind"), core::TranslatableText::translate("core::RatingPhrases", "Kind")},
        {QStringLiteral("helpful"), core::TranslatableText::translate("core::RatingPhrases", "Really helpful")},
        {QStringLiteral("skilled"), core::TranslatableText::translate("core::RatingPhrases", "Knew what to do")},
    };
    return phrases;
}

const QList<Phrase> &RatingPhrases::complaints()
{
    static const QList<Phrase> phrases{
        {QStringLiteral("late"), core::TranslatableText::translate("core::RatingPhrases", "Came late")},
        {QStringLiteral("did_not_come"), core::TranslatableText::translate("core::RatingPhrases", "Did not come")},
        {QStringLiteral("rude"), core::TranslatableText::translate("core::RatingPhrases", "Was rude")},
        {QStringLiteral("not_what_was_asked"), core::TranslatableText::translate("core::RatingPhrases", "Not the help I asked for")},
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

std::optional<TranslatableText> RatingPhrases::words(QStringView key)
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
