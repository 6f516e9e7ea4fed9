// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servicecategory.h"
#include "kiosk/store/bookableslot.h"
#include "kiosk/store/booking.h"
#include "kiosk/store/result.h"
#include "kiosk/store/serviceoffer.h"
#include "kiosk/store/storecontext.h"

#include <optional>

namespace store {

/// @brief The service catalogue, its bookable times, and booking a place.
class ServiceStore
{
public:
    explicit ServiceStore(StoreContext &context);

    Result<QList<ServiceOffer>> catalogue(std::optional<core::ServiceCategory> category = std::nullopt) const;
    Result<std::optional<ServiceOffer>> service(const QString &serviceId) const;
    /// Slots of a service from `from` to `to` (whole days, inclusive), in time order.
    Result<QList<BookableSlot>> bookableSlots(const QString &serviceId, QDate from, QDate to) const;
    /// Books a place; NotFound, Full, Invalid (the time has passed) as errors. `idNumber` is optional.
    Result<Booking> book(const QString &slotId, QStringView idNumber = {});

private:
    StoreContext &m_context;
};

} // namespace store
