// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief A volunteer checked in here and not yet out.
struct OpenCheckIn
{
    QString checkInId;
    QString volunteerNumber;
    QString volunteerName;
    QString givenName;
    QDateTime since;
    QString assignmentId; ///< empty for station duty
    core::LocalizedText assignmentTitle; ///< empty for station duty
};

} // namespace store
