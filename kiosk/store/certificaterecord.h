// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificatelifecycle.h"
#include "core/disability.h"

#include <QDateTime>

namespace store {

/// @brief A cached certificate as the kiosk knows it: no ID number, only its keyed hash and a
/// masked form for staff screens.
struct CertificateRecord
{
    QString idHash;   ///< CertificateKey::of(ID number)
    QString maskedId; ///< "120101********0016"
    core::DisabilityCategory category = core::DisabilityCategory::Visual;
    int level = 1;
    int replacement = 0; ///< n of the Bn suffix, 0 for none
    core::CertificateState state = core::CertificateState::Received; ///< as stored (server's word)
    QDate stateSince; ///< the day the state began: deadlines count from it
    QDate issuedOn;
    QDate validUntil;
    core::LocalizedText pickupPlace;
    /// The day the holder reported the card lost (at this kiosk or anywhere the server heard
    /// of it); invalid when it was not reported lost.
    QDate reportedLostOn;
    /// True once a certificate row from the server has carried reportedLostOn: the office has
    /// the card marked lost, so staff and every other station know. False while only this
    /// kiosk's own mark exists (a report of loss saved here, not yet confirmed by the server),
    /// and when the card was not reported lost at all. A screen that says "nobody else can use
    /// it" must check this, not reportedLostOn alone.
    bool lossConfirmed = false;
    QDateTime updatedAt;

    /// The state explained for `today` (an issued certificate near expiry reads as renewal due).
    [[nodiscard]] core::LifecycleExplanation explain(QDate today, const core::WorkingCalendar &calendar = {}) const
    {
        return core::CertificateLifecycle::explain(state, stateSince, validUntil, today, calendar, pickupPlace);
    }
};

} // namespace store
