// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/store/volunteerregistration.h"
#include "kiosk/store/volunteerregistrationdraft.h"

#include <optional>

namespace store {

/// @brief Volunteer registrations made at this kiosk, and which ID numbers belong to which
/// volunteer (volunteer_keys, by keyed hash: no ID number is kept).
class RegistrationStore
{
public:
    explicit RegistrationStore(StoreContext &context);

    /// Checks the draft (each refusal says what to fix), then saves the registration and its
    /// outbox entry in one transaction. AlreadyDone when this person is registered here already.
    Result<VolunteerRegistration> registerVolunteer(const VolunteerRegistrationDraft &draft);
    /// The latest registration of this person at this kiosk.
    Result<std::optional<VolunteerRegistration>> registrationOf(QStringView idNumber) const;
    /// Remembers that this ID number is volunteer `volunteerNumber` (the server's lookup said so).
    Result<void> learnVolunteerKey(QStringView idNumber, const QString &volunteerNumber);

private:
    StoreContext &m_context;
};

} // namespace store
