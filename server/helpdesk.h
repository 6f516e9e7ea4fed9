// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace server {

/// @brief A help request's volunteer: the assignment a coordinator makes, its withdrawal when
/// the request is cancelled, what the visitor's station is told of it (the volunteer's given
/// name and the agreed time, never the full name), and the rating that counts to the volunteer.
/// Every call runs inside the caller's transaction.
class HelpDesk
{
public:
    explicit HelpDesk(Database &db) : m_db(db), m_feed(db) {}

    /// A new assignment of `volunteerId` (withdrawing one already there) and its change row for
    /// the station. `agreedAt` is empty or yyyy-MM-ddTHH:mm.
    bool assign(const QString &recordId, const QString &stationId, const QString &volunteerId, const QString &agreedAt,
                QString *problem);
    /// Withdraws the request's open assignment (a deleted `assignment` change); true when there
    /// was none.
    bool withdraw(const QString &recordId, const QString &stationId);
    /// The request_status fields of an assigned help request: volunteerGivenName, agreedAt.
    [[nodiscard]] QJsonObject statusFields(const QString &recordId);
    /// Keeps a rating (validated) with the volunteer who gave the help.
    bool rate(const QString &ratingId, const QString &requestId, int stars, const QStringList &phraseKeys);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
