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
    /// Sets a new one-time code (random when `code` is empty) valid for `validDays`; the station's
    /// current credential stays valid until the code is used. Returns the code.
    std::optional<QString> issueEnrollmentCode(const QString &id, const QString &code, int validDays);
    /// Exchanges a code for a fresh credential; the code is spent and any older token stops working.
    std::optional<core::wire::Credential> enroll(const QString &code);
    [[nodiscard]] Auth authenticate(const QString &token);
    /// For a station named by the TLS proxy: exists and not revoked.
    [[nodiscard]] Auth checkStation(const QString &id);
    bool revoke(const QString &id);
    /// Notes contact (and the outbox backlog when known) in memory; flushIfDue() writes them.
    void touch(const QString &id, int backlog = -1);
    /// Writes the noted contacts in one transaction, at most every few seconds: one write per
    /// interval instead of one per request keeps reads reads and pushes at one commit each.
    void flushIfDue();
    void flush();
    [[nodiscard]] std::optional<StationInfo> info(const QString &id);
    [[nodiscard]] QList<StationInfo> all();
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
