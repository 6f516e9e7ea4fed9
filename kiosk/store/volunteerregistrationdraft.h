// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/weekavailability.h"

#include <QDateTime>
#include <QStringList>

namespace store {

/// @brief What a person fills in to register as a volunteer (RegistrationStore::registerVolunteer).
/// The name comes from the ID card; name, phone and ID number reach only the outbox payload.
struct VolunteerRegistrationDraft
{
    QString idNumber;
    QString name;
    QStringList skills; ///< core::VolunteerSkills keys
    core::WeekAvailability availability;
    QString phone; ///< digits
    QString consentVersion; ///< the consent text's version, e.g. "2026-12"
    QDateTime consentAgreedAt;
};

} // namespace store
