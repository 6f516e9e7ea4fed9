// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>

namespace server::console {

/// @brief Thrown by a console handler whose query failed deep down: ConsoleRouter answers it
/// 503 storage_unavailable (a handler may equally return ConsoleRouter::storageUnavailable()).
class ConsoleStorageFailure : public std::runtime_error
{
public:
    ConsoleStorageFailure() : std::runtime_error("console storage failure") {}
};

} // namespace server::console
