// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/sync/syncreport.h"
#include "kiosk/sync/syncsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <memory>

namespace kiosksync {

class StationCondition;
class SyncWorker;

/// @brief The kiosk's sync client: delivers the outbox and fetches the change feed on its own
/// thread, and tells staff mode how it stands.
///
/// Create on the GUI thread; start() once. Every property change arrives as reportChanged().
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY reportChanged)
    Q_PROPERTY(int pending READ pending NOTIFY reportChanged)
    Q_PROPERTY(int parked READ parked NOTIFY reportChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY reportChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY reportChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY reportChanged)

public:
    /// How an online certificate look-up ended (certificateLookupFinished's argument).
    enum class LookupOutcome {
        Found,       ///< the server's row is in the certificate cache now
        NotFound,    ///< the server has no certificate for this number
        Unreachable, ///< no answer: not enrolled, no network, time-out (3 s), 5xx, 429, refused
    };
    Q_ENUM(LookupOutcome)

    /// How holding a place on the server ended (holdFinished's argument).
    enum class HoldOutcome {
        Held,        ///< the server holds the place: store the booking as confirmed
        Full,        ///< no place left (the slot's counts are in the cache now): nothing stored
        Gone,        ///< the time is no longer offered: nothing stored
        Invalid,     ///< past, closed day, service not bookable, capacity 0: nothing stored
        Unreachable, ///< no answer within 2 s, not enrolled, no network, 5xx: book provisionally
    };
    Q_ENUM(HoldOutcome)

    /// How asking the server about a volunteer's card ended (volunteerLookupFinished's argument).
    enum class VolunteerLookupOutcome {
        NotRegistered, ///< no registration of this card at this station (or a refused one): may register
        Pending,       ///< registered here, waiting for a coordinator's approval
        Approved,      ///< a volunteer: the number comes with it, and the store knows the card now
        Unreachable,   ///< no answer: not enrolled, no network, time-out (2 s), 5xx, 429, refused
    };
    Q_ENUM(VolunteerLookupOutcome)

    explicit SyncClient(const SyncSettings &settings, QObject *parent = nullptr);
    ~SyncClient() override;

    Q_INVOKABLE void start();
    /// Stops at once (an HTTP request in flight is abandoned; nothing acknowledged is lost).
    Q_INVOKABLE void stop();
    /// A round now, e.g. right after a visitor's request was saved.
    Q_INVOKABLE void syncNow();
    /// Asks the server for the certificate of `idNumber`, which the cache lacks. Returns at once
    /// (call it from the GUI thread); the work runs on the sync thread, a found row is cached
    /// (the change-feed cursor stays), and certificateLookupFinished follows within 3 s.
    Q_INVOKABLE void lookupCertificate(const QString &idNumber);
    /// Asks the server to hold a place (`holdBody`: openapi.yaml BookingHold). Returns at once;
    /// the work runs on the sync thread and holdFinished follows within 2 s.
    Q_INVOKABLE void holdBooking(const QJsonObject &holdBody);
    /// Asks the server whether the holder of `idNumber` registered as a volunteer at this
    /// station. Returns at once; the sync thread computes the visitor key (only the key travels,
    /// nothing personal is logged), an approved card is taught to the store
    /// (RegistrationStore::learnVolunteerKey), and volunteerLookupFinished follows within 2 s.
    Q_INVOKABLE void lookupVolunteer(const QString &idNumber);

    /// The card reader's state in the wire's words (StationCondition::readerWord), sent to the
    /// centre with the next push. Any thread; the kiosk calls it from the GUI thread.
    void setReaderState(const QString &word);
    /// The speaker's state in the wire's words (StationCondition::speakerWord), likewise.
    void setSpeakerState(const QString &word);

    [[nodiscard]] SyncReport report() const { return m_report; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_report.lastSuccess; }
    [[nodiscard]] int pending() const { return m_report.pending; }
    [[nodiscard]] int parked() const { return m_report.parked; }
    [[nodiscard]] QString lastError() const { return m_report.lastError; }
    /// The last error as a SyncProblem code (empty after a successful round).
    [[nodiscard]] QString problem() const { return m_report.problem; }
    [[nodiscard]] bool enrolled() const { return m_report.enrolled; }
    [[nodiscard]] bool syncing() const { return m_report.syncing; }
    /// The station secret for store::CertificateKey (the credential's cacheKey, UTF-8); empty
    /// until the kiosk is enrolled.
    [[nodiscard]] QByteArray stationSecret() const;

signals:
    void reportChanged();
    /// After every round; `ok` when both directions completed.
    void roundFinished(bool ok);
    /// After each scheduled purge of delivered records: how many it deleted (-1: it failed).
    void recordsPurged(int removed);
    /// After lookupCertificate(): `outcome` is a LookupOutcome (Found, NotFound, Unreachable).
    void certificateLookupFinished(int outcome);
    /// After holdBooking(): `outcome` is a HoldOutcome; `reason` the server's plain words for a
    /// refusal; `capacity` and `taken` the slot's counts when the server sent them, else -1.
    void holdFinished(const QString &bookingId, int outcome, const QString &reason, int capacity, int taken);
    /// After lookupVolunteer(): `outcome` is a VolunteerLookupOutcome; `volunteerNumber` is set
    /// when Approved (the store has learnt it already), else empty.
    void volunteerLookupFinished(int outcome, const QString &volunteerNumber);

private:
    SyncSettings m_settings;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncReport m_report;
    std::shared_ptr<StationCondition> m_condition;
};

} // namespace kiosksync
