// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notephrases.h"
#include "core/translatabletext.h"

namespace core {

const QList<Phrase> &NotePhrases::all()
{
    static const QList<Phrase> phrases{
        {QStringLiteral("uses_wheelchair"), core::TranslatableText::translate("core::NotePhrases", "I use a wheelchair")},
        {QStringLiteral("bring_wheelchair"), core::TranslatableText::translate("core::NotePhrases", "Please bring a wheelchair")},
        {QStringLiteral("blind"), core::TranslatableText::translate("core::NotePhrases", "I am blind")},
        {QStringLiteral("guide_dog"), core::TranslatableText::translate("core::NotePhrases", "I have a guide dog")},
        {QStringLiteral("deaf_please_write"), core::TranslatableText::translate("core::NotePhrases", "I am deaf, please write")},
        {QStringLiteral("hard_of_hearing"), core::TranslatableText::translate("core::NotePhrases", "I am hard of hearing, please speak loudly and slowly")},
        {QStringLiteral("needs_interpreter"), core::TranslatableText::translate("core::NotePhrases", "I need a sign-language interpreter")},
        {QStringLiteral("female_volunteer"), core::TranslatableText::translate("core::NotePhrases", "Please send a female volunteer")},
        {QStringLiteral("speak_slowly"), core::TranslatableText::translate("core::NotePhrases", "Please speak simply and slowly")},
        {QStringLiteral("no_stairs"), core::TranslatableText::translate("core::NotePhrases", "I cannot use stairs")},
    };
    return phrases;
}

bool NotePhrases::isKnown(QStringView key)
{
    return words(key).has_value();
}

std::optional<TranslatableText> NotePhrases::words(QStringView key)
{
    for (const Phrase &phrase : all()) {
        if (phrase.key == key)
            return phrase.words;
    }
    return std::nullopt;
}

QString NotePhrases::firstUnknown(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!isKnown(key))
            return key.isEmpty() ? QStringLiteral("(empty)") : key;
    }
    return {};
}

} // namespace core
