// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QJsonObject>
#include <QString>

namespace server {

/// @brief The rules of the volunteer-help kinds a pushed item must meet: `volunteer_request`,
/// `rating` and `request_cancellation` (openapi.yaml). Each answer is "field: plain words",
/// empty when the item may be stored; it never quotes personal data.
class HelpPayloadCheck
{
public:
    explicit HelpPayloadCheck(Database &db) : m_db(db) {}

    /// The problem of an item of `kind` from `stationId`, or empty (also for other kinds).
    [[nodiscard]] QString problem(const QString &kind, const QJsonObject &payload, const QString &stationId);

private:
    QString requestProblem(const QJsonObject &payload, const QString &stationId);
    QString ratingProblem(const QJsonObject &payload, const QString &stationId);
    QString cancellationProblem(const QJsonObject &payload, const QString &stationId);
    /// The status of `stationId`'s help request `id`, or a problem naming `field`.
    QString requestStatus(const QJsonValue &id, const QString &stationId, QString *problem);

    Database &m_db;
};

} // namespace server
