// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/credential.h"

namespace core::wire {

QJsonObject Credential::toJson() const
{
    return {{QStringLiteral("stationId"), stationId},
            {QStringLiteral("token"), token},
            {QStringLiteral("cacheKey"), cacheKey}};
}

std::optional<Credential> Credential::fromJson(const QJsonObject &object)
{
    Credential c{object.value(QStringLiteral("stationId")).toString(),
                 object.value(QStringLiteral("token")).toString(),
                 object.value(QStringLiteral("cacheKey")).toString()};
    if (!c.isValid())
        return std::nullopt;
    return c;
}

} // namespace core::wire
