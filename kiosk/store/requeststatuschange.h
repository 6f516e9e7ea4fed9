// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requeststate.h"

#include <QDateTime>

namespace store {

/// @brief The server moved one of this station's requests (help or assessment request).
struct RequestStatusChange
{
    QString requestId;
    core::RequestState status = core::RequestState::Submitted;
    QDateTime changedAt;
    QString volunteerGivenName{}; ///< help requests, once assigned; given name only
    QDateTime agreedAt{};         ///< help requests, once assigned; station local time, invalid if none
};

} // namespace store
