// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/applicationstatuschange.h"
#include "kiosk/store/assignment.h"
#include "kiosk/store/bookableslot.h"
#include "kiosk/store/bookingstatuschange.h"
#include "kiosk/store/certificaterecord.h"
#include "kiosk/store/dutystatuschange.h"
#include "kiosk/store/place.h"
#include "kiosk/store/registrationstatuschange.h"
#include "kiosk/store/requeststatuschange.h"
#include "kiosk/store/serviceoffer.h"
#include "kiosk/store/volunteerrecord.h"

#include <QList>
#include <QStringList>

namespace store {

/// @brief One page of server-owned changes, applied with its cursor in one transaction.
///
/// Rows are upserted by id (certificates by idHash); the removed lists delete by id. See
/// kiosk/store/README.md for how each wire entity maps onto these rows.
struct ChangeSet
{
    QString cursor; ///< stored with the page; the next request asks from here

    QList<ServiceOffer> services;
    QStringList removedServices;
    QList<BookableSlot> bookableSlots;
    QStringList removedSlots;
    QList<VolunteerRecord> volunteers;
    QStringList removedVolunteers;
    QList<Assignment> assignments;
    QStringList removedAssignments;
    QList<CertificateRecord> certificates;
    QStringList removedCertificates; ///< id hashes
    QList<RequestStatusChange> requestStatuses;
    QList<BookingStatusChange> bookingStatuses;
    QList<RegistrationStatusChange> registrationStatuses;
    QList<DutyStatusChange> dutyStatuses;
    QList<ApplicationStatusChange> applicationStatuses;
    QList<Place> places;
    QStringList removedPlaces;
};

} // namespace store
