// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace server::console {

/// @brief What a console account may see: the whole city, one district's stations, or one station.
enum class ConsoleRole { City, District, Station };

/// "city" | "district" | "station" (the word stored in console_users.role and sent to the page).
QString roleName(ConsoleRole role);
/// The role of one of those words; nullopt for anything else.
std::optional<ConsoleRole> roleFromName(const QString &name);

} // namespace server::console
