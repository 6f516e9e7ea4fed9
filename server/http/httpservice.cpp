// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/httpservice.h"

#include "server/apirouter.h"
#include "server/console/consoleassets.h"
#include "server/console/consolerouter.h"
#include "server/http/workerpool.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <restinio/all.hpp>

#include <atomic>
#include <thread>

Q_LOGGING_CATEGORY(lcAccess, "kiosk.server.access")
Q_LOGGING_CATEGORY(lcHttp, "kiosk.server.http")

namespace server {

namespace {

using Router = restinio::router::express_router_t<>;

// The request handler wraps the express router: it throws on a path it cannot normalise (e.g.
// percent-encoded bytes that are not UTF-8), which must be a 400, not a dropped connection.
struct ServerTraits : public restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>
{
    static constexpr bool use_connection_count_limiter = true;
};

using Server = restinio::http_server_t<ServerTraits>;

/// "/v1/records/{id}" -> "/v1/records/:id" (the express router's parameter syntax); the
/// parameter matches one path segment only.
std::string expressPattern(const QString &pattern)
{
    QString p = pattern;
    p.replace(QStringLiteral("{id}"), QStringLiteral(":id([^/]+)"));
    return p.toStdString();
}

/// Whether a path is the console's (its page or its API): its answers carry its headers.
bool isConsolePath(std::string_view path)
{
    return path == "/console" || path.starts_with("/console/");
}

restinio::request_handling_status_t answer(const restinio::request_handle_t &req, const ApiResponse &given)
{
    // Every answer under /console, refusals the HTTP layer makes itself too (headers too large,
    // a method no route has), carries the console's security headers.
    ApiResponse response = given;
    if (isConsolePath(req->header().path()))
        console::ConsoleRouter::addSecurityHeaders(response);
    const std::string reason = [&] {
        switch (response.status) {
        case 200: return std::string("OK");
        case 301: return std::string("Moved Permanently");
        case 304: return std::string("Not Modified");
        case 400: return std::string("Bad Request");
        case 401: return std::string("Unauthorized");
        case 403: return std::string("Forbidden");
        case 404: return std::string("Not Found");
        case 405: return std::string("Method Not Allowed");
        case 409: return std::string("Conflict");
        case 413: return std::string("Payload Too Large");
        case 422: return std::string("Unprocessable Entity");
        case 429: return std::string("Too Many Requests");
        case 431: return std::string("Request Header Fields Too Large");
        case 500: return std::string("Internal Server Error");
        case 503: return std::string("Service Unavailable");
        default: return std::string("Status");
        }
    }();
    auto builder = req->create_response(
        restinio::http_status_line_t(restinio::http_status_code_t(std::uint16_t(response.status)), reason));
    // JSON unless the answer says otherwise (CSV, PDF, the console's page).
    bool ownType = false;
    for (const auto &h : response.headers)
        ownType = ownType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    if (!ownType && response.status != 304)
        builder.append_header(restinio::http_field::content_type, "application/json");
    for (const auto &h : response.headers)
        builder.append_header(h.first.toStdString(), h.second.toStdString());
    builder.set_body(response.body.toStdString());
    return builder.done();
}

ApiResponse busy()
{
    ApiResponse r = ApiResponse::error(503, QStringLiteral("busy"), QStringLiteral("the server is busy; try again in a moment"));
    r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "1"));
    return r;
}

} // namespace

struct HttpService::Impl
{
    Impl(Options o, WorkerPool &r, WorkerPool &w) : options(std::move(o)), reads(r), writes(w) {}

    /// The API's view of a request, copied on the IO thread (the worker never reads the
    /// RESTinio request except to answer it). nullopt and `refusal` when the headers are too
    /// large altogether.
    std::optional<ApiRequest> toApiRequest(const restinio::request_handle_t &req, ApiResponse *refusal) const;
    void log(const ApiRequest &request, int status) const;
    /// Once per process: console requests that came through nginx without its secret, so every
    /// browser's sign-in failures count against nginx's one address.
    void warnIfProxyWithoutSecret(const ApiRequest &request) const;
    std::unique_ptr<Router> makeRouter();
    /// Copies the request, hands `work` (ApiRouter &, request, the {id} segment -> answer) to a
    /// worker of `pool` and answers from there; a full queue is answered 503 busy at once.
    template <typename Work>
    restinio::request_handling_status_t toWorker(const restinio::request_handle_t &req,
                                                 const restinio::router::route_params_t &params, WorkerPool &pool,
                                                 Work work);
    /// The console's API (on the write workers) and its page (from memory, on this thread).
    void addConsoleRoutes(Router &router);
    /// The console page's answer for a GET under /console/ no API route took.
    ApiResponse consolePage(const ApiRequest &request) const;

    Options options;
    WorkerPool &reads;
    WorkerPool &writes;
    restinio::asio_ns::io_context io;
    std::unique_ptr<Server> server;
    std::thread ioThread;
    std::atomic<quint16> boundPort{0};
    mutable std::atomic<bool> warnedProxyWithoutSecret{false};
};

std::optional<ApiRequest> HttpService::Impl::toApiRequest(const restinio::request_handle_t &req, ApiResponse *refusal) const
{
    ApiRequest api;
    const auto &header = req->header();
    api.method = QString::fromLatin1(header.method().c_str());
    const auto path = header.path();
    api.path = QString::fromUtf8(path.data(), qsizetype(path.size()));
    const auto query = header.query();
    api.query = QUrlQuery(QString::fromUtf8(query.data(), qsizetype(query.size())));
    qsizetype headerBytes = 0;
    header.for_each_field([&](const restinio::http_header_field_t &field) {
        headerBytes += qsizetype(field.name().size() + field.value().size() + 4);
        api.headers.insert(QByteArray::fromStdString(field.name()).toLower(), QByteArray::fromStdString(field.value()));
    });
    if (headerBytes > options.limits.maxHeaderBytes) {
        *refusal = ApiResponse::error(431, QStringLiteral("headers_too_large"),
                                      QStringLiteral("the request's headers may be at most %1 bytes").arg(options.limits.maxHeaderBytes));
        return std::nullopt;
    }
    api.body = QByteArray::fromStdString(req->body());
    api.remoteAddress = QString::fromStdString(req->remote_endpoint().address().to_string());
    if (options.proxySecret) {
        const auto offered = api.headers.constFind(QByteArrayLiteral("x-kiosk-proxy-secret"));
        api.fromTrustedProxy = offered != api.headers.constEnd() && options.proxySecret->matches(*offered);
    }
    // The secret goes no further than this check.
    api.headers.remove(QByteArrayLiteral("x-kiosk-proxy-secret"));
    warnIfProxyWithoutSecret(api);
    return api;
}

void HttpService::Impl::warnIfProxyWithoutSecret(const ApiRequest &request) const
{
    if (request.fromTrustedProxy || warnedProxyWithoutSecret.load(std::memory_order_relaxed)
        || !isConsolePath(request.path.toStdString()))
        return;
    const bool proxied = request.headers.contains(QByteArrayLiteral("x-real-ip"))
        || (options.behindProxy && QHostAddress(request.remoteAddress).isLoopback());
    if (!proxied || warnedProxyWithoutSecret.exchange(true))
        return;
    // No address or header value: only that the set-up is wrong.
    qCWarning(lcHttp).noquote()
        << "console requests come through a proxy without its secret (X-Kiosk-Proxy-Secret, --proxy-secret-file):"
           " the console's sign-in limits then count the proxy's one address for everyone (one person's failed"
           " sign-ins pause all); give nginx the secret";
}

void HttpService::Impl::log(const ApiRequest &request, int status) const
{
    if (!options.accessLog)
        return;
    const QString query = request.query.isEmpty() ? QString() : u'?' + request.query.toString(QUrl::FullyEncoded);
    qCInfo(lcAccess).noquote() << request.method << request.path + query << status << request.body.size();
}

template <typename Work>
restinio::request_handling_status_t HttpService::Impl::toWorker(const restinio::request_handle_t &req,
                                                                const restinio::router::route_params_t &params,
                                                                WorkerPool &pool, Work work)
{
    ApiResponse refusal;
    auto api = toApiRequest(req, &refusal);
    if (!api)
        return answer(req, refusal);
    QString arg;
    if (const auto id = params.get_param("id"))
        arg = QString::fromUtf8(id->data(), qsizetype(id->size()));
    auto request = std::make_shared<const ApiRequest>(std::move(*api));
    const bool queued = pool.trySubmit([this, req, request, arg, work](ApiRouter &apiRouter) {
        ApiResponse response;
        try {
            response = work(apiRouter, *request, arg);
        } catch (const std::exception &) {
            // A throw below the API (out of memory, a fault in a desk) must neither end the
            // process, with every queued request unanswered, nor leave this kiosk or browser
            // waiting: it gets a 500 and the worker goes on with the next request.
            response = ApiResponse::error(500, QStringLiteral("internal_error"),
                                          QStringLiteral("the server failed on this request; try again later"));
        }
        log(*request, response.status);
        // RESTinio hands the answer to the connection's own strand: safe from here.
        try {
            answer(req, response);
        } catch (const std::exception &) {
            // The connection went while the API worked: nobody is left to answer.
        }
    });
    if (!queued) {
        log(*request, 503);
        return answer(req, busy());
    }
    return restinio::request_accepted();
}

std::unique_ptr<Router> HttpService::Impl::makeRouter()
{
    auto router = std::make_unique<Router>();
    for (const ApiRouter::RouteInfo &route : ApiRouter::routes()) {
        const bool isGet = route.method == u"GET";
        const auto method = isGet ? restinio::http_method_get() : restinio::http_method_post();
        if (route.pattern == u"/v1/health") {
            // On the IO thread and without the database: health says the process answers.
            router->add_handler(method, expressPattern(route.pattern), [this](restinio::request_handle_t req, auto) {
                ApiResponse refusal;
                const auto api = toApiRequest(req, &refusal);
                const ApiResponse response = api ? ApiResponse::raw(200, QByteArrayLiteral("{\"status\":\"ok\"}")) : refusal;
                if (api)
                    log(*api, response.status);
                return answer(req, response);
            });
            continue;
        }
        WorkerPool &pool = isGet ? reads : writes;
        router->add_handler(method, expressPattern(route.pattern),
                            [this, &pool, route](restinio::request_handle_t req, restinio::router::route_params_t params) {
            return toWorker(req, params, pool, [route](ApiRouter &api, const ApiRequest &request, const QString &arg) {
                return api.handleRoute(request, route, arg);
            });
        });
    }
    addConsoleRoutes(*router);
    router->non_matched_request_handler([this](restinio::request_handle_t req) {
        ApiResponse refusal;
        const auto api = toApiRequest(req, &refusal);
        const ApiResponse response = !api                                                 ? refusal
                                     : console::ConsoleRouter::isConsoleApiPath(api->path) ? console::ConsoleRouter::notMatched(api->path)
                                                                                           : ApiRouter::notMatched(api->path);
        if (api)
            log(*api, response.status);
        return answer(req, response);
    });
    return router;
}

ApiResponse HttpService::Impl::consolePage(const ApiRequest &request) const
{
    // An API path that no API route took (e.g. GET on a POST route): the API's 404 or 405.
    if (console::ConsoleRouter::isConsoleApiPath(request.path))
        return console::ConsoleRouter::notMatched(request.path);
    static const console::ConsoleAssets none;
    const console::ConsoleAssets &assets = options.consoleAssets ? *options.consoleAssets : none;
    return assets.answer(request.path, request.header("if-none-match"));
}

void HttpService::Impl::addConsoleRoutes(Router &router)
{
    for (const console::ConsoleRoute &route : console::ConsoleRouter::routes()) {
        const auto method = route.method == u"GET" ? restinio::http_method_get() : restinio::http_method_post();
        // Every console call writes (its session's last use, the audit): the write workers.
        router.add_handler(method, expressPattern(route.pattern),
                           [this, route](restinio::request_handle_t req, restinio::router::route_params_t params) {
            return toWorker(req, params, writes, [route](ApiRouter &api, const ApiRequest &request, const QString &arg) {
                return api.handleConsoleRoute(request, route, arg);
            });
        });
    }
    // The page: from memory, on this thread. The express router takes "/console" for
    // "/console/" too (a trailing slash is optional to it): the path tells them apart.
    const auto page = [this](restinio::request_handle_t req, auto) {
        ApiResponse refusal;
        const auto api = toApiRequest(req, &refusal);
        const ApiResponse response = !api                        ? refusal
                                     : !api->path.endsWith(u'/') && api->path.count(u'/') == 1
                                         ? console::ConsoleAssets::redirectToFolder()
                                         : consolePage(*api);
        if (api)
            log(*api, response.status);
        return answer(req, response);
    };
    router.add_handler(restinio::http_method_get(), "/console", page);
    router.add_handler(restinio::http_method_get(), "/console/:file(.+)", page);
}

HttpService::HttpService(Options options, WorkerPool &reads, WorkerPool &writes)
    : d(std::make_unique<Impl>(std::move(options), reads, writes))
{
}

HttpService::~HttpService()
{
    stop();
}

bool HttpService::start(QString *error)
{
    const HttpLimits &limits = d->options.limits;
    restinio::server_settings_t<ServerTraits> settings;
    settings.port(d->options.port)
        .address(d->options.host.toStdString())
        .request_handler([this, router = std::shared_ptr<Router>(d->makeRouter())](restinio::request_handle_t req) {
            try {
                return (*router)(req);
            } catch (const std::exception &) {
                return answer(req, ApiResponse::error(400, QStringLiteral("invalid_path"),
                                                      QStringLiteral("the path is not valid percent-encoded UTF-8")));
            }
        })
        .read_next_http_message_timelimit(std::chrono::seconds(limits.readTimeoutSeconds()))
        .write_http_response_timelimit(std::chrono::seconds(limits.requestTimeoutSeconds))
        .handle_request_timeout(std::chrono::seconds(limits.answerTimeoutSeconds))
        .max_parallel_connections(std::size_t(limits.maxConnections))
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                      .max_url_size(std::size_t(limits.maxUrlBytes))
                                      .max_field_name_size(std::size_t(limits.maxHeaderBytes))
                                      .max_field_value_size(std::size_t(limits.maxHeaderBytes))
                                      .max_field_count(std::size_t(limits.maxHeaderFields))
                                      .max_body_size(std::uint64_t(limits.bodyCutOffBytes())))
        .acceptor_post_bind_hook([this](restinio::asio_ns::ip::tcp::acceptor &acceptor) {
            d->boundPort = acceptor.local_endpoint().port();
        });
    try {
        d->server = std::make_unique<Server>(restinio::external_io_context(d->io), std::move(settings));
        // Binds here, on this thread, before the IO thread runs: a bind failure is reported now.
        d->server->open_sync();
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        d->server.reset();
        return false;
    }
    d->ioThread = std::thread([this] {
        // Keeps run() going between connections until stop().
        auto guard = restinio::asio_ns::make_work_guard(d->io);
        d->io.run();
    });
    return true;
}

quint16 HttpService::boundPort() const
{
    return d->boundPort;
}

void HttpService::stop()
{
    if (!d->server)
        return;
    restinio::asio_ns::post(d->io, [this] {
        try {
            d->server->close_sync();
        } catch (const std::exception &) {
            // Closing anyway: nothing to tell.
        }
        d->io.stop();
    });
    if (d->ioThread.joinable())
        d->ioThread.join();
    d->server.reset();
}

} // namespace server
