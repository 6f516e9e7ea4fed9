// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QJsonObject>
#include <QString>

namespace server {

/// @brief One station service as the city catalogue keeps it: what a visitor reads (plain words
/// first, the official term second), when it is open (core::WeeklyHours text), and whether a
/// time can be booked (slots of `slotMinutes` for `capacity` people) or a number taken at once
/// (queue `queuePrefix`).
struct ServiceDefinition
{
    QString code;
    QString category; ///< a core::ServiceCategories key
    core::LocalizedText name;
    core::LocalizedText officialName;
    core::LocalizedText offers;
    core::LocalizedText eligibility;
    core::LocalizedText whatToBring;
    core::LocalizedText openingHours;
    core::LocalizedText place; ///< room or window
    QString weeklyHours;
    int slotMinutes = 30;
    int capacity = 0;
    bool bookable = false;
    bool walkIn = false;
    QString queuePrefix; ///< "A".."Z" for a walk-in service, else empty
    int sortOrder = 0;

    /// The `service` change row's data (ServiceData in openapi.yaml); empty texts are left out.
    [[nodiscard]] QJsonObject toFeedJson() const;
    /// Plain words for the first thing wrong ("field: reason"), or empty.
    [[nodiscard]] QString problem() const;
};

} // namespace server
