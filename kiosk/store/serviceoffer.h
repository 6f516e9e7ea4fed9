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
};

} // namespace store
