// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/applicationstore.h"
#include "kiosk/store/certificatestore.h"
#include "kiosk/store/database.h"
#include "kiosk/store/queuestore.h"
#include "kiosk/store/registrationstore.h"
#include "kiosk/store/requeststore.h"
#include "kiosk/store/result.h"
#include "kiosk/store/servicestore.h"
#include "kiosk/store/staffcallstore.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/store/volunteerstore.h"

#include <functional>

namespace store {

/// @brief The view models' way into the kiosk's local data, one domain store per flow:
/// certificates(), services() (catalogue and bookings), queue() (walk-in numbers), volunteers(),
/// registrations() (volunteer registrations), requests(), applications() (certificate procedures),
/// staffCalls() (staff answering the visitors' calls).
///
/// Each write saves its record and its outbox entry in one transaction, with a UUIDv7 id, and
/// is on disk before the call returns: a visitor is never told "done" for something a power
/// cut could lose. ID numbers are only ever hashed (CertificateKey); none reaches the file.
/// Use from the thread that opened `db`.
class Store
{
public:
    Store(Database &db, QByteArray stationSecret);
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// For tests and demos: the kiosk's notion of "now" (station local time), for every domain.
    void setClock(std::function<QDateTime()> clock);
    [[nodiscard]] QDateTime now() const;
    /// For tests: the kiosk's monotonic clock (boot id and milliseconds since boot).
    void setMonotonicClock(std::function<MonotonicReading()> clock);
    [[nodiscard]] Database &database() const { return m_context.database(); }

    /// The keyed hash under which `idNumber`'s records are filed.
    [[nodiscard]] QString keyFor(QStringView idNumber) const;

    [[nodiscard]] CertificateStore &certificates() { return m_certificates; }
    [[nodiscard]] const CertificateStore &certificates() const { return m_certificates; }
    [[nodiscard]] ServiceStore &services() { return m_services; }
    [[nodiscard]] const ServiceStore &services() const { return m_services; }
    [[nodiscard]] QueueStore &queue() { return m_queue; }
    [[nodiscard]] const QueueStore &queue() const { return m_queue; }
    [[nodiscard]] VolunteerStore &volunteers() { return m_volunteers; }
    [[nodiscard]] const VolunteerStore &volunteers() const { return m_volunteers; }
    [[nodiscard]] RegistrationStore &registrations() { return m_registrations; }
    [[nodiscard]] const RegistrationStore &registrations() const { return m_registrations; }
    [[nodiscard]] RequestStore &requests() { return m_requests; }
    [[nodiscard]] const RequestStore &requests() const { return m_requests; }
    [[nodiscard]] ApplicationStore &applications() { return m_applications; }
    [[nodiscard]] const ApplicationStore &applications() const { return m_applications; }
    [[nodiscard]] StaffCallStore &staffCalls() { return m_staffCalls; }
    [[nodiscard]] const StaffCallStore &staffCalls() const { return m_staffCalls; }

    // Station settings -----------------------------------------------------------------------
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);
    /// True when the store holds no catalogue and no certificates (a fresh file).
    Result<bool> isEmpty() const;

private:
    StoreContext m_context;
    CertificateStore m_certificates{m_context};
    ServiceStore m_services{m_context};
    QueueStore m_queue{m_context};
    VolunteerStore m_volunteers{m_context};
    RegistrationStore m_registrations{m_context};
    RequestStore m_requests{m_context};
    ApplicationStore m_applications{m_context};
    StaffCallStore m_staffCalls{m_context};
};

} // namespace store
