// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <optional>

namespace server {

/// @brief Registered disability-assistance volunteers and their accumulated hours.
class VolunteerRegistry
{
public:
    struct Record
    {
        QString id; ///< the volunteer number
        QString name;
        QString phone;     ///< kept for the centre; stations only see it masked
        QString stationId; ///< the station the volunteer serves, may be empty
        QString skills;    ///< help types, separated by ';'
        double hoursTotal = 0;
        QString givenName{};    ///< what a visitor is told; empty: taken from the name (core::GivenName)
        QString availability{}; ///< core::DayParts keys separated by ';', empty = any part of the day
    };

    /// The change feed scope of a volunteer's row: "@<district>" (every station of the district)
    /// for a volunteer with a district, else the volunteer's own station.
    [[nodiscard]] static QString districtScope(const QString &district);

    explicit VolunteerRegistry(Database &db) : m_db(db), m_feed(db) {}

    /// Inserts or replaces; call inside a transaction. The volunteer's station hears of it.
    bool upsert(const Record &record);
    /// Sends the volunteer's `volunteer` change row (number, names, skills, availability, hours,
    /// stars; never the phone or an ID number) to its scope, and to `alsoStation` when that
    /// station is outside it (a check-out at a station of another district). Call inside a
    /// transaction.
    bool publish(const QString &id, const QString &alsoStation = {});
    /// Adds served half hours to the volunteer's total (inside the caller's transaction).
    bool addHalfHours(const QString &id, qint64 halfHours);
    /// The volunteer's record for a coordinator: station, skills, availability, hours, open
    /// assignments and the visitors' ratings (count, average stars). nullopt when unknown.
    [[nodiscard]] std::optional<QJsonObject> summary(const QString &id);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
