// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace server {

/// @brief Volunteers who register at a kiosk (招募注册): the pushed `volunteer_registration`
/// waits as pending until a coordinator approves it (a volunteer number, the volunteer row for
/// every station of the district) or refuses it with a reason (its personal data cleared).
/// One person is one visitorKey at one station: a second registration is refused with the
/// first one's number. Every call runs inside the caller's transaction.
class RegistrationDesk
{
public:
    /// Skills a volunteer may offer besides the help types (core::HelpTypes).
    [[nodiscard]] static const QStringList &extraSkills();

    struct Decision
    {
        bool ok = false;
        QString volunteerNumber; ///< when approved
        QString problem;
    };

    explicit RegistrationDesk(Database &db) : m_db(db), m_feed(db) {}

    /// Why a pushed registration cannot be kept (plain words, "field: reason"), or empty.
    [[nodiscard]] QString pushProblem(const QJsonObject &payload, const QString &stationId);
    /// Keeps a checked registration as pending.
    bool store(const QString &recordId, const QJsonObject &payload, const QString &stationId);
    /// "approved" with the number, "pending", or nothing, for the person at this station.
    [[nodiscard]] std::optional<QJsonObject> lookup(const QString &stationId, const QString &visitorKey);
    /// Pending registrations, oldest first, each with a possible duplicate at another station
    /// (same name and masked ID number: visitor keys differ per station).
    [[nodiscard]] std::optional<QList<QJsonObject>> pending();
    Decision approve(const QString &registrationId);
    Decision refuse(const QString &registrationId, const QString &reason);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
