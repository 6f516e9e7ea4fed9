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

    explicit VolunteerRegistry(Database &db) : m_db(db), m_feed(db) {}

    /// Inserts or replaces; call inside a transaction. The volunteer's station hears of it.
    bool upsert(const Record &record);
    /// The volunteer's record for a coordinator: station, skills, availability, hours, open
    /// assignments and the visitors' ratings (count, average stars). nullopt when unknown.
    [[nodiscard]] std::optional<QJsonObject> summary(const QString &id);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
