// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apirequest.h"
#include "server/apiresponse.h"
#include "server/catalogue.h"
#include "server/certificatelookup.h"
#include "server/changefeed.h"
#include "server/database.h"
#include "server/ratelimiter.h"
#include "server/recordstore.h"
#include "server/serverconfig.h"
#include "server/stationregistry.h"

#include <QList>
#include <functional>

namespace server {

/// @brief The JSON API v1: authentication, limits and every route, independent of the HTTP layer.
///
/// openapi.yaml documents exactly routes(); a test keeps the two in step.
class ApiRouter
{
public:
    struct RouteInfo
    {
        QString method;
        QString pattern; ///< as in openapi.yaml, e.g. "/v1/records/{id}"
        bool authenticated;
    };

    ApiRouter(Database &db, const ServerConfig &config);
    ~ApiRouter();

    [[nodiscard]] static QList<RouteInfo> routes();
    /// Never throws and never leaves a request unanswered; storage failures become 503.
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

private:
    using Handler = std::function<ApiResponse(const ApiRequest &, const QString &stationId, const QString &pathArg)>;

    ApiResponse health(const ApiRequest &request);
    ApiResponse enroll(const ApiRequest &request);
    ApiResponse station(const QString &stationId);
    ApiResponse push(const ApiRequest &request, const QString &stationId);
    ApiResponse changes(const ApiRequest &request, const QString &stationId);
    ApiResponse record(const QString &stationId, const QString &id);
    ApiResponse lookupCertificate(const ApiRequest &request, const QString &stationId);
    ApiResponse holdBooking(const ApiRequest &request, const QString &stationId);
    ApiResponse cancelBooking(const QString &stationId, const QString &id);
    /// Whether the person of a visitorKey registered as a volunteer at this station (pending,
    /// or approved with the number), so the kiosk tells them instead of taking a second one.
    ApiResponse lookupVolunteer(const ApiRequest &request, const QString &stationId);

    Database &m_db;
    ServerConfig m_config;
    StationRegistry m_stations;
    RecordStore m_records;
    ChangeFeed m_feed;
    CertificateLookup m_lookup;
    RateLimiter m_stationLimiter;
    RateLimiter m_lookupLimiter;
    RateLimiter m_addressLimiter;
};

} // namespace server
