// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/changefeed.h"
#include "server/database.h"

namespace server {

/// @brief The city-wide catalogue of station services, sent to every station.
class Catalogue
{
public:
    explicit Catalogue(Database &db) : m_db(db), m_feed(db) {}

    /// Inserts or replaces a service; call inside a transaction.
    bool upsertService(const QString &code, const QString &category, const core::LocalizedText &name);
    /// Offers a bookable time slot at one station; call inside a transaction.
    bool addSlot(const QString &stationId, const QString &slotId, const QString &serviceCode,
                 const QString &startsAt, int capacity);

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
