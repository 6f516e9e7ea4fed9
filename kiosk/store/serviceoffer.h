// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/servicecategory.h"

namespace store {

/// @brief One service in the station's catalogue: what it offers, for whom, what to bring, when.
struct ServiceOffer
{
    QString id;
    core::ServiceCategory category = core::ServiceCategory::Rehabilitation;
    core::LocalizedText name;
    core::LocalizedText offers;
    core::LocalizedText eligibility;
    core::LocalizedText whatToBring;
    core::LocalizedText openingHours;
    bool bookable = false;
    int sortOrder = 0;
    core::LocalizedText officialName{}; ///< the official term, shown second; may be empty
    core::LocalizedText place{};        ///< room or window, e.g. "2 号窗口" / "Window 2"
    QString weeklyHours{};  ///< core::WeeklyHours text ("mon-fri 09:00-11:30"); empty = not known
    bool walkIn = false;    ///< gives queue numbers at the station
    QString queuePrefix{};  ///< "A".."Z": the letter of its queue numbers
};

} // namespace store
