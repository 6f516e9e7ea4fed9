// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/translatabletext.h"
#include "core/volunteerhours.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief One check-in to check-out served at this station, as the hours page lists it; also a
/// check-in that could not be counted.
struct ServedPeriod
{
    enum class State {
        Counted,            ///< delivered to the server (in its total)
        NotYetSent,         ///< in the outbox still
        WaitingForApproval, ///< station duty a coordinator has not approved yet
        Refused,            ///< station duty a coordinator refused
        NotCounted,         ///< closed without counting (16 hours, a moved clock) or refused by the server: staff record it
    };

    QDateTime from;
    QDateTime to; ///< invalid for a check-in closed without a check-out
    core::VolunteerHours hours;
    /// The assignment's title; empty for station duty: TaskName::in() gives the words.
    core::LocalizedText what;
    State state = State::Counted;
    /// Refused, NotCounted: why, in plain words for the volunteer (a coordinator's own words inside).
    core::TranslatableText reason;
    /// NotCounted because the server refused the check-out at delivery: its words, for staff and
    /// the log only (they name fields and ids), never shown to the volunteer.
    QString serverWords;
};

} // namespace store
