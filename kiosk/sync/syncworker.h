// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"
#include "core/wire/stationhealth.h"
#include "kiosk/store/outboxentry.h"
#include "kiosk/sync/backoff.h"
#include "kiosk/sync/bookinghold.h"
#include "kiosk/sync/httpexchange.h"
#include "kiosk/sync/onlinelookup.h"
#include "kiosk/sync/syncreport.h"
#include "kiosk/sync/syncsettings.h"
#include "kiosk/sync/volunteerlookuprequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace store {
class Database;
class SyncQueue;
} // namespace store

namespace kiosksync {

class StationCondition;

/// @brief The sync rounds, living on the sync thread: enroll once, push the outbox, pull changes.
///
/// Asynchronous: a round is a chain of requests, each answer taking the next step, so the
/// thread's event loop keeps serving stops, purges and look-ups while a request is out.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    /// `condition`: the reader's and speaker's words the GUI thread keeps up to date (shared).
    SyncWorker(const SyncSettings &settings, std::shared_ptr<const StationCondition> condition);
    ~SyncWorker() override;

public slots:
    /// Opens the store connection on this thread and starts the first round.
    void begin();
    void syncNow();
    /// Ends any wait at once and closes the store connection; call before the thread quits.
    void finish();
    /// Deletes delivered visitor records older than the retention (SyncSettings::retentionDays);
    /// runs at begin() and then every purgeIntervalMs.
    void purge();
    /// An online certificate look-up for a waiting visitor; lookupFinished follows.
    void lookupCertificate(const QString &idNumber);
    /// Holding a place for a waiting visitor; holdFinished follows.
    void holdBooking(const QJsonObject &holdBody);
    /// Whether a card is a volunteer's, for a waiting visitor; volunteerLookupFinished follows.
    void lookupVolunteer(const QString &idNumber);

signals:
    void reportChanged(const kiosksync::SyncReport &report);
    void roundFinished(bool ok);
    /// After each purge: how many records it deleted, -1 when it failed.
    void purgeFinished(int removed);
    /// A SyncClient::LookupOutcome, as int.
    void lookupFinished(int outcome);
    /// A SyncClient::HoldOutcome, as int, with the server's reason and the slot's counts (-1: none).
    void holdFinished(const QString &bookingId, int outcome, const QString &reason, int capacity, int taken);
    /// A SyncClient::VolunteerLookupOutcome, as int, and the number when approved.
    void volunteerLookupFinished(int outcome, const QString &volunteerNumber);

private:
    /// Reads the station credential (moving one an older kiosk kept beside the store); a file
    /// that is not safe is refused with one log line.
    void readCredential();
    void round();
    // The steps of a round, each ending in a request whose answer takes the next step.
    void enroll();
    void enrolled(const HttpExchange::Result &reply);
    void pushNextBatch();
    void pushed(const HttpExchange::Result &reply, const QList<store::OutboxEntry> &entries, const QStringList &ids,
                const std::optional<core::wire::StationHealth> &health);
    /// The outbox is empty: the station's state alone, when it is due (healthDue()).
    void pushHealthOnly(const core::wire::StationHealth &health);
    void pushedHealth(const HttpExchange::Result &reply, const core::wire::StationHealth &health);
    /// Whether a push without items should carry `health` now: never sent, changed (apart from
    /// the free bytes, which change all the time) or SyncSettings::healthIntervalMs old.
    [[nodiscard]] bool healthDue(const core::wire::StationHealth &health) const;
    /// The state the next push carries; none once the centre refused it (an older server).
    [[nodiscard]] std::optional<core::wire::StationHealth> currentHealth() const;
    void healthDelivered(const core::wire::StationHealth &health);
    void pullNextPage();
    void pulled(const HttpExchange::Result &reply);
    void endRound(bool ok);
    /// Plain words for staff, and whether waiting will help (false: someone must act).
    void describeFailure(const HttpExchange::Result &result, const char *what);
    void publish();
    void schedule(int delayMs);
    QUrl endpoint(const QString &path) const;

    SyncSettings m_settings;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::SyncQueue> m_queue;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<HttpExchange> m_http;
    std::unique_ptr<OnlineLookup> m_lookup;
    std::unique_ptr<BookingHold> m_hold;
    std::unique_ptr<VolunteerLookupRequest> m_volunteerLookup;
    QTimer *m_timer = nullptr;
    QTimer *m_purgeTimer = nullptr;
    Backoff m_backoff;
    std::optional<core::wire::Credential> m_credential;
    std::shared_ptr<const StationCondition> m_condition;
    std::optional<core::wire::StationHealth> m_healthSent; ///< what the centre last took
    QElapsedTimer m_healthSentTimer;
    bool m_healthRefused = false; ///< the centre answered 400 to the state: not sent again until restart
    SyncReport m_report;
    QString m_error; ///< the round's problem as a SyncProblem code; empty while it goes well
    bool m_needsPeople = false; ///< the failure needs staff or the centre (revoked, bad code)
    bool m_credentialRefused = false; ///< the file exists but is not safe to use: never enroll over it
    int m_retryAfterMs = 0;
    int m_batchSize = 0; ///< this round's push batch: smaller while finding a refused item
    bool m_inRound = false;
    bool m_again = false;
    bool m_finished = false;
};

} // namespace kiosksync
