// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/daypart.h"
#include "core/helptype.h"
#include "core/localizedtext.h"
#include "core/requeststate.h"
#include "kiosk/store/helpplace.h"
#include "kiosk/store/helprequeststage.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace store {

/// @brief A saved help request and where it stands, as "My requests" shows it.
struct HelpRequestRecord
{
    QString id;
    core::HelpType type = core::HelpType::AccompanyToHospital;
    QString code;
    core::RequestState status = core::RequestState::Submitted; ///< the server's status
    HelpRequestStage stage = HelpRequestStage::WaitingToSend;  ///< what to show
    QDateTime statusChangedAt;
    QDate wantedDay; ///< invalid: any day
    core::DayPart dayPart = core::DayPart::Any;
    HelpPlace place;
    core::LocalizedText placeName; ///< a listed place's name when the station's list has it
    QStringList noteKeys;          ///< empty once delivered (personal data, kept no longer)
    QDateTime createdAt;
    QString volunteerGivenName; ///< once a volunteer is found; given name only
    QDateTime agreedAt;         ///< station local time agreed with the volunteer; invalid if none
    bool rated = false;
    int stars = 0;         ///< the visitor's rating, 0 when not rated
    bool cancellable = false; ///< not done, not cancelled, no cancellation waiting
};

} // namespace store
