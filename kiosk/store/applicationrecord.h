// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/applicationstate.h"
#include "core/certificateprocedure.h"
#include "core/localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace store {

/// @brief A certificate application a visitor sent from this kiosk, with the status staff gave
/// it. No phone number: that went to the server in the outbox payload only.
struct ApplicationRecord
{
    QString id; ///< UUIDv7 record id
    core::CertificateProcedure procedure = core::CertificateProcedure::Apply;
    QString choice; ///< the choice's key, "" for none
    QString code;   ///< the confirmation code the visitor was shown
    QDateTime createdAt; ///< UTC
    core::ApplicationState state = core::ApplicationState::Submitted;
    QDate stateSince; ///< station local day the state began (the day sent while submitted)
    QString reason;   ///< staff's plain words when refused
    core::LocalizedText pickupPlace; ///< where to collect the new card, when done and given
};

} // namespace store
