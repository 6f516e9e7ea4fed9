// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/registrationstates.h"

namespace store {

QString RegistrationStates::key(RegistrationState state)
{
    switch (state) {
    case RegistrationState::Pending: return QStringLiteral("pending");
    case RegistrationState::Approved: return QStringLiteral("approved");
    case RegistrationState::Refused: return QStringLiteral("refused");
    }
    return QStringLiteral("pending");
}

RegistrationState RegistrationStates::fromKey(const QString &key)
{
    if (key == u"approved")
        return RegistrationState::Approved;
    if (key == u"refused")
        return RegistrationState::Refused;
    return RegistrationState::Pending;
}

} // namespace store
