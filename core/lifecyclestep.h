// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificatestate.h"
#include "core/translatabletext.h"

#include <QList>

#include <optional>

namespace core {

/// @brief One state of the certificate lifecycle as data: its official term, what it means in
/// plain words, what happens next and by when, and what to bring.
struct LifecycleStep
{
    CertificateState state = CertificateState::Received;
    TranslatableText officialTerm;  ///< the word on official papers, e.g. 公示中 / "Public notice"
    TranslatableText plainName;     ///< short plain words for a timeline
    TranslatableText whatHappensNext;
    /// Legal or usual time limit of this step in working days, counted from the day the state
    /// began; none where the rules set no limit.
    std::optional<int> workingDays;
    /// For side states with a visitor deadline (appeal, re-application): the limit in working days
    /// or years after the state began.
    std::optional<int> visitorDeadlineWorkingDays;
    std::optional<int> visitorDeadlineYears;
    QList<TranslatableText> whatToBring;
    std::optional<CertificateState> next;
};

} // namespace core
