// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QDateTime>

/// @brief An assessment the visitor booked at a designated hospital: its day, time and place.
struct BookedAssessment
{
    QDateTime startsAt; ///< station local time
    core::LocalizedText place;
};
