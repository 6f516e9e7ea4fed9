// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace store {

/// Where a registration made at this kiosk stands: a coordinator approves or refuses it.
enum class RegistrationState { Pending, Approved, Refused };

/// @brief A volunteer registration made at this kiosk, as the kiosk keeps it: no name, phone or
/// ID number (those were only in the outbox payload, blanked once delivered).
struct VolunteerRegistration
{
    QString id;
    QString code; ///< shown to the person, for asking about it; empty when the server holds another of theirs
    RegistrationState state = RegistrationState::Pending;
    QString volunteerNumber; ///< once approved
    QString reason;          ///< a RegistrationReason code (RegistrationReason::in gives the words)
    QDateTime createdAt;
};

} // namespace store
