// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/servicedefinition.h"

#include "core/servicecategory.h"
#include "core/weeklyhours.h"

#include <QRegularExpression>

namespace server {

namespace {

QJsonObject text(const core::LocalizedText &t)
{
    return {{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

bool isEmpty(const core::LocalizedText &t)
{
    return t.zh.isEmpty() && t.en.isEmpty();
}

} // namespace

QJsonObject ServiceDefinition::toFeedJson() const
{
    QJsonObject data{{QStringLiteral("category"), category},
                     {QStringLiteral("name"), text(name)},
                     {QStringLiteral("bookable"), bookable},
                     {QStringLiteral("walkIn"), walkIn},
                     {QStringLiteral("sortOrder"), sortOrder}};
    const std::pair<const char *, const core::LocalizedText *> texts[] = {
        {"officialName", &officialName}, {"offers", &offers},           {"eligibility", &eligibility},
        {"whatToBring", &whatToBring},   {"openingHours", &openingHours}, {"place", &place}};
    for (const auto &[key, value] : texts) {
        if (!isEmpty(*value))
            data.insert(QLatin1String(key), text(*value));
    }
    if (!weeklyHours.isEmpty())
        data.insert(QStringLiteral("weeklyHours"), weeklyHours);
    if (!queuePrefix.isEmpty())
        data.insert(QStringLiteral("queuePrefix"), queuePrefix);
    return data;
}

QString ServiceDefinition::problem() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!codePattern.match(code).hasMatch())
        return QStringLiteral("code: lower-case letters, digits and '-', at most 40 characters");
    if (!core::ServiceCategories::fromKey(category))
        return QStringLiteral("category: not one of the city plan's categories");
    if (name.zh.trimmed().isEmpty() || name.en.trimmed().isEmpty())
        return QStringLiteral("name: needs both the Chinese and the English name");
    if (!weeklyHours.isEmpty() && !core::WeeklyHours::parse(weeklyHours))
        return QStringLiteral("weekly: not an opening pattern like \"mon-fri 09:00-11:30,14:00-16:30\"");
    if (slotMinutes < 5 || slotMinutes > 480)
        return QStringLiteral("slot_minutes: from 5 to 480");
    if (capacity < 0 || capacity > 999)
        return QStringLiteral("capacity: a whole number from 0 to 999");
    if (bookable && weeklyHours.isEmpty())
        return QStringLiteral("weekly: a bookable service needs its opening pattern to make times from");
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Z]$"));
    if (walkIn && !prefixPattern.match(queuePrefix).hasMatch())
        return QStringLiteral("prefix: a walk-in service needs one capital letter A to Z for its numbers");
    if (!walkIn && !queuePrefix.isEmpty())
        return QStringLiteral("prefix: only a walk-in service has a queue");
    return {};
}

} // namespace server
