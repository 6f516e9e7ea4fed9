// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/volunteerhours.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief One check-in to check-out served at this station, as the hours page lists it.
struct ServedPeriod
{
    enum class State {
        Counted,            ///< delivered to the server (in its total)
        NotYetSent,         ///< in the outbox still
        WaitingForApproval, ///< station duty a coordinator has not approved yet
        Refused,            ///< station duty a coordinator refused (`reason`)
    };

    QDateTime from;
    QDateTime to;
    core::VolunteerHours hours;
    core::LocalizedText what; ///< the assignment's title or "Station duty"
    State state = State::Counted;
    QString reason;
};

} // namespace store
