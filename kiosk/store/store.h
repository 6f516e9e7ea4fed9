// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/assignment.h"
#include "kiosk/store/bookableslot.h"
#include "kiosk/store/booking.h"
#include "kiosk/store/certificatekey.h"
#include "kiosk/store/certificaterecord.h"
#include "kiosk/store/database.h"
#include "kiosk/store/helprequestdraft.h"
#include "kiosk/store/helprequestrecord.h"
#include "kiosk/store/result.h"
#include "kiosk/store/serviceoffer.h"
#include "kiosk/store/submitted.h"
#include "kiosk/store/volunteercheck.h"
#include "kiosk/store/volunteerrecord.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace store {

/// @brief The view models' way into the kiosk's local data: look-ups, the catalogue, and every
/// visitor-originated write.
///
/// Each write saves its record and its outbox entry in one transaction, with a UUIDv7 id, and
/// is on disk before the call returns: a visitor is never told "done" for something a power
/// cut could lose. ID numbers are only ever hashed (CertificateKey); none reaches the file.
/// Use from the thread that opened `db`.
class Store
{
public:
    Store(Database &db, QByteArray stationSecret);

    /// For tests and demos: the kiosk's notion of "now" (station local time).
    void setClock(std::function<QDateTime()> clock);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] Database &database() const { return m_db; }

    /// The keyed hash under which `idNumber`'s records are filed.
    [[nodiscard]] QString keyFor(QStringView idNumber) const;

    // Certificates ---------------------------------------------------------------------------
    /// The cached certificate of the holder of `idNumber`, nothing when the cache has none
    /// (ask the server), an Invalid error with the ID-number problem's words for a bad number.
    Result<std::optional<CertificateRecord>> lookupCertificate(QStringView idNumber) const;

    // Services and bookings ------------------------------------------------------------------
    Result<QList<ServiceOffer>> catalogue(std::optional<core::ServiceCategory> category = std::nullopt) const;
    Result<std::optional<ServiceOffer>> service(const QString &serviceId) const;
    /// Slots of a service from `from` to `to` (whole days, inclusive), in time order.
    Result<QList<BookableSlot>> bookableSlots(const QString &serviceId, QDate from, QDate to) const;
    /// Books a place; NotFound, Full, Invalid (the time has passed) as errors. `idNumber` is optional.
    Result<Booking> book(const QString &slotId, QStringView idNumber = {});

    // Volunteer help -------------------------------------------------------------------------
    Result<Submitted> submitHelpRequest(const HelpRequestDraft &draft);
    /// The help requests filed under `idHash`, newest first.
    Result<QList<HelpRequestRecord>> requestsFor(const QString &idHash) const;
    /// 1..5 stars for a request that is done; once per request. Returns the rating's id.
    Result<QString> rate(const QString &requestId, int stars);

    // Staff and certificate requests ---------------------------------------------------------
    /// Calls station staff to the kiosk; `reason` is a short key such as "help_at_kiosk".
    Result<QString> callStaff(const QString &reason);
    Result<Submitted> requestHomeAssessment(QStringView idNumber, const QString &phone, const QString &note = {});
    Result<Submitted> requestFeeWaiver(QStringView idNumber, const QString &phone, const QString &note = {});

    // Volunteers -----------------------------------------------------------------------------
    Result<std::optional<VolunteerRecord>> volunteer(const QString &volunteerNumber) const;
    Result<VolunteerCheck> checkIn(const QString &volunteerNumber);
    Result<VolunteerCheck> checkOut(const QString &volunteerNumber);
    /// Assignments on `day` (today by default), in time order, with the volunteers' names.
    Result<QList<Assignment>> assignments(QDate day = {}) const;

    // Station settings -----------------------------------------------------------------------
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);
    /// True when the store holds no catalogue and no certificates (a fresh file).
    Result<bool> isEmpty() const;

private:
    Result<Submitted> requestAssessment(const QString &kind, QStringView idNumber, const QString &phone,
                                        const QString &note);
    Result<QString> uniqueCode(const QString &table) const;
    Result<void> enqueue(const QString &id, const QString &kind, QJsonObject payload, const QDateTime &at);
    Result<std::optional<VolunteerRecord>> findVolunteer(const QString &volunteerNumber) const;
    /// The volunteer with this number, or a NotFound error in plain words.
    Result<VolunteerRecord> requireVolunteer(const QString &volunteerNumber) const;

    Database &m_db;
    CertificateKey m_key;
    std::function<QDateTime()> m_clock;
};

} // namespace store
