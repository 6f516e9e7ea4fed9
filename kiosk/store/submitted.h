// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace store {

/// @brief A visitor's request as saved: its id and the code the visitor is shown.
struct Submitted
{
    QString id;   ///< UUIDv7
    QString code; ///< confirmation code
};

} // namespace store
