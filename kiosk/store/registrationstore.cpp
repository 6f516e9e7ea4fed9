// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/registrationstore.h"

namespace store {

RegistrationStore::RegistrationStore(StoreContext &context)
    : m_context(context)
{
}

Result<VolunteerRegistration> RegistrationStore::registerVolunteer(const VolunteerRegistrationDraft &)
{
    return StoreError::storage(QStringLiteral("volunteer registration is not built yet"));
}

Result<std::optional<VolunteerRegistration>> RegistrationStore::registrationOf(QStringView) const
{
    return std::optional<VolunteerRegistration>();
}

Result<void> RegistrationStore::learnVolunteerKey(QStringView, const QString &)
{
    return {};
}

} // namespace store
