// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/bookableassessment.h"

#include "core/servicecategory.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"

QString BookableAssessment::serviceId()
{
    const store::Store *st = StationStore::instance()->store();
    if (!st)
        return {};
    const auto offers = st->services().catalogue(core::ServiceCategory::Assessment);
    return offers.ok() ? serviceIdIn(offers.value()) : QString();
}

QString BookableAssessment::serviceIdIn(const QList<store::ServiceOffer> &assessments)
{
    for (const store::ServiceOffer &offer : assessments)
        if (offer.bookable)
            return offer.id;
    return {};
}
