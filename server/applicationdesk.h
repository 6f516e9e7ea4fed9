// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace server {

/// @brief Certificate procedures visitors start at a kiosk (`certificate_application`: apply,
/// renew, replace, transfer, change, cancel), kept as a queue for staff.
///
/// A pushed application is checked against openapi.yaml's CertificateApplicationPayload (one
/// branch per procedure, exactly its one choice field) and kept with the certificate its
/// visitorKey leads to (certificate_keys), or "no certificate on record". A report of loss
/// marks the card at once. Staff move it submitted → accepted → done, or refuse it with a
/// reason; each move is an `application_status` row to its station, and the phone is cleared
/// once it is done or refused. Every call but setStatus runs inside the caller's transaction.
class ApplicationDesk
{
public:
    struct Application
    {
        QString id;
        QString stationId;
        QString procedure; ///< core::CertificateProcedures key
        QString choice;    ///< the kiosk store's choice key ('' none): "3", "yes", "lost", "120104"...
        QString status;    ///< submitted, accepted, done, refused
        QString reason;    ///< when refused
        QString idNumberMasked;
        QString phone; ///< empty once done or refused
        QString code;
        bool certificateFound = false;
        QString reportedLostOn; ///< the certificate's mark, yyyy-MM-dd, when it has one
        qint64 createdAt = 0;   ///< server time received, ms
        qint64 statusChangedAt = 0;
        qint64 kioskCreatedAt = 0; ///< when the visitor sent it (the payload's createdAt), ms
    };

    explicit ApplicationDesk(Database &db) : m_db(db), m_feed(db) {}

    [[nodiscard]] static const QStringList &statuses();

    /// Why a pushed application cannot be kept ("field: reason", plain words), or empty.
    [[nodiscard]] static QString pushProblem(const QJsonObject &payload);
    /// Keeps a checked application; a replace with reason lost marks the certificate reported
    /// lost today (station clock) and sends its row to the residents' and the pushing station.
    bool store(const QString &recordId, const QJsonObject &payload, const QString &stationId);

    /// Clears the phone of applications still submitted or accepted `days` after they were
    /// received (kept least: nobody acted on them); 0 or less keeps them. Returns how many, -1 on
    /// a storage error.
    int clearStalePhones(int days, qint64 nowMs);

    /// The queue, oldest first by the visitor's time; `statuses` empty = every state, `stationId` empty = every station.
    [[nodiscard]] std::optional<QList<Application>> applications(const QString &stationId, const QStringList &statuses);
    /// Moves an application (own transaction) and tells its station. `reason` is required for
    /// refused; `pickupPlace` only goes with done. `problem` says why not.
    bool setStatus(const QString &id, const QString &status, const QString &reason,
                   const core::LocalizedText &pickupPlace, QString *problem);
    /// setStatus inside the caller's transaction (the console writes its note and audit row in it).
    bool setStatusInTransaction(const QString &id, const QString &status, const QString &reason,
                                const core::LocalizedText &pickupPlace, QString *problem);

private:
    /// The payload's choice in the kiosk store's words ('' none).
    static QString choiceOf(const QJsonObject &payload);

    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
