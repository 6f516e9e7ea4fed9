// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/changefeed.h"
#include "server/database.h"
#include "server/servicedefinition.h"

#include <optional>

namespace server {

/// @brief The city-wide catalogue of station services, sent to every station.
class Catalogue
{
public:
    explicit Catalogue(Database &db) : m_db(db), m_feed(db) {}

    /// Inserts or replaces a service in full and sends its whole `service` row; call inside a
    /// transaction.
    bool upsertService(const ServiceDefinition &service);
    /// A service with a name only (no booking, no queue).
    bool upsertService(const QString &code, const QString &category, const core::LocalizedText &name);
    /// The service as stored; nullopt when there is none (or storage failed).
    [[nodiscard]] std::optional<ServiceDefinition> service(const QString &code);
    /// Every service, in the catalogue's order, read in one query; nullopt when storage failed.
    [[nodiscard]] std::optional<QList<ServiceDefinition>> services();

private:
    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
