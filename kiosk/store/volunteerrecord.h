// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/volunteerhours.h"

#include <QStringList>

namespace store {

/// @brief A volunteer on the station's roster, with hours served (server's count plus
/// check-outs not yet delivered).
struct VolunteerRecord
{
    QString id;
    QString number; ///< volunteer number typed or scanned at check-in
    QString name;
    core::VolunteerHours served;
    QStringList skills; ///< help type keys
};

} // namespace store
