// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apirequest.h"
#include "server/apiresponse.h"
#include "server/catalogue.h"
#include "server/certificatelookup.h"
#include "server/changefeed.h"
#include "server/console/consolerouter.h"
#include "server/database.h"
#include "server/http/contactrelay.h"
#include "server/http/sharedlimiters.h"
#include "server/ratelimiter.h"
#include "server/recordstore.h"
#include "server/serverconfig.h"
#include "server/stationregistry.h"

#include <QList>
#include <functional>
#include <memory>

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

    /// `limiters` shared with the other workers' routers; without, this router has its own.
    ApiRouter(Database &db, const ServerConfig &config, std::shared_ptr<SharedLimiters> limiters = {});
    ~ApiRouter();

    [[nodiscard]] static QList<RouteInfo> routes();
    /// Never throws and never leaves a request unanswered; storage failures become 503.
    /// Finds the route itself (in-process callers and tests), the console's too.
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);
    /// Answers a console API request the HTTP layer matched to `route` (body limit, then the
    /// console's router).
    [[nodiscard]] ApiResponse handleConsoleRoute(const ApiRequest &request, const console::ConsoleRoute &route,
                                                 const QString &pathArg);
    /// The console's options and the sign-in throttle shared by every worker (serve sets them on
    /// the write workers; without, the console has the defaults and a throttle of its own).
    void setConsole(const console::ConsoleSettings &settings, std::shared_ptr<console::SignInThrottle> throttle = {});
    [[nodiscard]] console::ConsoleRouter &console() { return *m_console; }
    /// Answers a request the HTTP layer's router already matched to `route` (`pathArg` is the
    /// {id} segment, if the pattern has one).
    [[nodiscard]] ApiResponse handleRoute(const ApiRequest &request, const RouteInfo &route, const QString &pathArg);
    /// The answer for a path no route matches with this method: 405 with Allow when the path
    /// exists for other methods, else 404.
    [[nodiscard]] static ApiResponse notMatched(const QString &path);
    /// The answer when a body is larger than the limit.
    [[nodiscard]] static ApiResponse bodyTooLarge(int maxBodyBytes);
    /// Writes contacts noted in memory (at shutdown; the destructor does it too).
    void flush();

    /// Who writes the stations' contacts this router sees (StationRegistry::touch).
    enum class ContactWrites {
        Own,           ///< this router, after each request (in-process use, tests)
        HandToWriters, ///< a read worker: notes them in the relay and never writes
        OwnAndRelayed, ///< a write worker: its own and the relay's, when due
    };
    void setContactWrites(ContactWrites mode, std::shared_ptr<ContactRelay> relay);
    /// Takes the relay's contacts (OwnAndRelayed) and writes what is due; the worker calls it
    /// between requests too, so contacts are written even when no write comes.
    void maintain();

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
    std::shared_ptr<SharedLimiters> m_limiters;
    ContactWrites m_contactWrites = ContactWrites::Own;
    std::shared_ptr<ContactRelay> m_relay;
    std::unique_ptr<console::ConsoleRouter> m_console;
};

} // namespace server
