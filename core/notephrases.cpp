// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notephrases.h"

namespace core {

const QList<Phrase> &NotePhrases::all()
{
    static const QList<Phrase> phrases{
        {QStringLiteral("uses_wheelchair"), {QStringLiteral("我坐轮椅"), QStringLiteral("I use a wheelchair")}},
        {QStringLiteral("bring_wheelchair"), {QStringLiteral("请带一辆轮椅"), QStringLiteral("Please bring a wheelchair")}},
        {QStringLiteral("blind"), {QStringLiteral("我看不见"), QStringLiteral("I am blind")}},
        {QStringLiteral("guide_dog"), {QStringLiteral("我有导盲犬"), QStringLiteral("I have a guide dog")}},
        {QStringLiteral("deaf_please_write"), {QStringLiteral("我听不见，请写字"), QStringLiteral("I am deaf, please write")}},
        {QStringLiteral("hard_of_hearing"), {QStringLiteral("我听力不好，请大声慢慢说"), QStringLiteral("I am hard of hearing, please speak loudly and slowly")}},
        {QStringLiteral("needs_interpreter"), {QStringLiteral("需要手语翻译"), QStringLiteral("I need a sign-language interpreter")}},
        {QStringLiteral("female_volunteer"), {QStringLiteral("请安排女志愿者"), QStringLiteral("Please send a female volunteer")}},
        {QStringLiteral("speak_slowly"), {QStringLiteral("请说得简单、慢一点"), QStringLiteral("Please speak simply and slowly")}},
        {QStringLiteral("no_stairs"), {QStringLiteral("我不能走楼梯"), QStringLiteral("I cannot use stairs")}},
    };
    return phrases;
}

bool NotePhrases::isKnown(QStringView key)
{
    return words(key).has_value();
}

std::optional<LocalizedText> NotePhrases::words(QStringView key)
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
