// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"
#include "server/database.h"
#include "server/stationinfo.h"

#include <QHash>
#include <QList>
#include <optional>

namespace server {

/// @brief Stations, their one-time enrollment codes and their credentials (kept only hashed).
class StationRegistry
{
public:
    enum class AuthOutcome { Ok, Unknown, Revoked, StorageError };
    struct Auth
    {
        AuthOutcome outcome = AuthOutcome::Unknown;
        QString stationId;
    };

    explicit StationRegistry(Database &db) : m_db(db) {}

    /// A new station with its certificate-cache key; false when the id is taken.
    bool create(const QString &id, const QString &name, const QString &district, QString *problem);
    /// What an enrollment attempt came to.
    struct Enrollment
    {
        enum class Outcome { Enrolled, Refused, Revoked, StorageError };
        Outcome outcome = Outcome::Refused;
        core::wire::Credential credential; ///< when Enrolled
        bool retried = false;              ///< the same credential once more, for a lost answer

        [[nodiscard]] static Enrollment ended(Outcome outcome)
        {
            Enrollment e;
            e.outcome = outcome;
            return e;
        }
    };
    /// How long after a code is spent the same code with the same client nonce gets the same
    /// credential once more.
    static constexpr qint64 retryWindowMs = 10 * 60 * 1000;

    /// Sets a new one-time code (random when `code` is empty) valid for `validDays`; the station's
    /// current credential stays valid until the code is used. A revoked station stays revoked
    /// (see unrevoke()). Returns the code.
    std::optional<QString> issueEnrollmentCode(const QString &id, const QString &code, int validDays);
    /// Exchanges a code for a credential, atomically across server processes: of two requests
    /// with one code exactly one gets it. The code is spent and any older token stops working.
    /// With a `clientNonce` the same code and nonce within retryWindowMs get the same credential
    /// once more (the kiosk lost the answer); a revoked station is refused.
    Enrollment enroll(const QString &code, const QString &clientNonce);
    /// The same without a nonce (no retry): the credential, or nullopt.
    std::optional<core::wire::Credential> enroll(const QString &code);
    [[nodiscard]] Auth authenticate(const QString &token);
    /// For a station named by the TLS proxy: exists and not revoked.
    [[nodiscard]] Auth checkStation(const QString &id);
    bool revoke(const QString &id);
    enum class UnrevokeOutcome { Unrevoked, NotRevoked, Unknown, StorageError };
    /// Lifts a revocation. The revoked credential stays withdrawn (it may be in wrong hands): the
    /// station enrolls again with a code, which may have been issued while it was revoked.
    UnrevokeOutcome unrevoke(const QString &id);
    /// Notes contact (and the outbox backlog when known) in memory; flushIfDue() writes them.
    void touch(const QString &id, int backlog = -1);
    /// Keeps what the kiosk said of itself with a push (stations.health, health_at now), written
    /// at once: the console shows it, and it is small. Parked reasons are stored made plain
    /// (StationHealth::plainReason()). False when the row could not be written.
    bool setHealth(const QString &id, const core::wire::StationHealth &health);
    /// Writes the noted contacts in one transaction, at most every few seconds: one write per
    /// interval instead of one per request keeps reads reads and pushes at one commit each.
    void flushIfDue();
    void flush();
    [[nodiscard]] std::optional<StationInfo> info(const QString &id);
    [[nodiscard]] QList<StationInfo> all();
    /// The stations matching an SQL condition on the stations table (e.g. a console scope's
    /// clause on "id") with its bound values, ordered by district, name and id; nullopt when
    /// the query failed.
    [[nodiscard]] std::optional<QList<StationInfo>> where(const QString &condition, const QVariantList &values);
    [[nodiscard]] QString cacheKey(const QString &id);
    /// Sets the key a station's certificate hashes use (a demo kiosk and server share a known
    /// one, so the kiosk's own demo data and the server's rows hash alike).
    bool setCacheKey(const QString &id, const QString &key);

private:
    Database &m_db;
    struct Contact
    {
        qint64 at = 0;
        int backlog = -1;
    };
    QHash<QString, Contact> m_contacts;
    qint64 m_lastFlush = 0;
};

} // namespace server
