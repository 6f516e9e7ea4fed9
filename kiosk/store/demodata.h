// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificatestate.h"
#include "kiosk/store/result.h"

#include <QDate>
#include <QList>

namespace store {

class Store;

/// @brief Realistic demo content for the embedded default: a demo station, its catalogue
/// (every service category of the city plan), a week of slots, volunteers with work today,
/// and demo ID numbers whose certificates sit in every lifecycle state.
///
/// Only for a demo kiosk and for tests: the caller decides (configuration), never production.
class DemoData
{
public:
    struct DemoPerson
    {
        QString idNumber; ///< valid check character; not a real person's number as far as known
        core::CertificateState state; ///< the state a visitor sees (effective state)
    };

    /// One demo ID number per lifecycle state, in lifecycle order.
    static const QList<DemoPerson> &people();
    /// A valid demo ID number with no certificate in the cache.
    static QString idNumberWithoutCertificate();
    /// The demo person (certificate issued) with help requests in every stage of "My requests".
    static QString idNumberWithHelpRequests();
    /// The demo person whose ID card belongs to volunteer TJ-V-000101 (kiosk's volunteer_keys).
    static QString volunteerIdNumber();
    /// A demo person who is not a volunteer: registration can be tried with this card.
    static QString notVolunteerIdNumber();
    /// Volunteer numbers of the demo roster.
    static QStringList volunteerNumbers();

    /// The day whose slots the demo closes (a holiday), for 7 days of slots from `firstSlotDay`.
    static QDate closedDay(QDate firstSlotDay);

    /// Fills an empty store: slots for 7 days from `firstSlotDay` (working days only; one day
    /// closed, closedDay()), walk-in queues for social insurance (A, window 2), the certificate
    /// (B, window 1) and assistive devices (C, window 3),
    /// certificate dates and today's assignments relative to the store's clock. Refuses a
    /// store that already has content.
    static Result<void> install(Store &store, QDate firstSlotDay);
};

} // namespace store
