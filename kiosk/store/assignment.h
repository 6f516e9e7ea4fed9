// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QDateTime>

namespace store {

/// @brief A volunteer's task on one day (station local time).
struct Assignment
{
    QString id;
    QString volunteerId;
    QString volunteerName; ///< filled on reads
    QDate day;
    QDateTime startsAt;
    QDateTime endsAt;
    QString helpType; ///< help type key, or empty for station duty
    core::LocalizedText title;
    core::LocalizedText place;
    QString requestId; ///< the help request served, if any
};

} // namespace store
