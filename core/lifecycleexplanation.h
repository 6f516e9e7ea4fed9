// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecyclestep.h"

#include <QDate>

namespace core {

/// @brief A certificate's state explained for one visitor on one day: the step, the dates that
/// matter, and one or two plain sentences with those dates filled in.
struct LifecycleExplanation
{
    CertificateState state = CertificateState::Received; ///< effective state (issued may become renewal due)
    LifecycleStep step;
    QDate expectedBy;     ///< when this step should be over (working-day limit), if it has one
    QDate visitorDeadline; ///< the visitor's own deadline: appeal until, may re-apply from
    QDate validUntil;
    QDate renewalDueFrom;
    bool expired = false;
    TranslatableText summary; ///< plain sentences with dates, ready to show and speak
};

} // namespace core
