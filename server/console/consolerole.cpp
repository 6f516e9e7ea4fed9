// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consolerole.h"

namespace server::console {

QString roleName(ConsoleRole role)
{
    switch (role) {
    case ConsoleRole::City:
        return QStringLiteral("city");
    case ConsoleRole::District:
        return QStringLiteral("district");
    case ConsoleRole::Station:
        break;
    }
    return QStringLiteral("station");
}

std::optional<ConsoleRole> roleFromName(const QString &name)
{
    if (name == u"city")
        return ConsoleRole::City;
    if (name == u"district")
        return ConsoleRole::District;
    if (name == u"station")
        return ConsoleRole::Station;
    return std::nullopt;
}

} // namespace server::console
