// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/dutystatuschange.h"
#include "kiosk/store/registrationstatuschange.h"
#include "kiosk/store/volunteerrecord.h"

#include <QJsonObject>
#include <optional>

namespace kiosksync {

/// @brief The change feed's volunteer rows, JSON as the server sends them (openapi.yaml
/// VolunteerData, RegistrationStatusData, DutyStatusData), read into the records the store keeps;
/// nullopt for a row whose values cannot be read, which ChangeMapper counts as skipped.
class VolunteerFeedJson
{
public:
    /// A volunteer of the district, keyed by the volunteer number. Stars follow from the hours
    /// (core::StarLevel), the week grid is the coordinator's: neither is kept.
    [[nodiscard]] static std::optional<store::VolunteerRecord> volunteer(const QString &number, const QJsonObject &data);
    /// A coordinator's decision on a registration made at this station, keyed by its record id.
    [[nodiscard]] static std::optional<store::RegistrationStatusChange> registrationStatus(const QString &registrationId,
                                                                                          const QJsonObject &data);
    /// A coordinator's decision on station duty served here, keyed by the check-in's record id.
    [[nodiscard]] static std::optional<store::DutyStatusChange> dutyStatus(const QString &checkInId, const QJsonObject &data);
};

} // namespace kiosksync
