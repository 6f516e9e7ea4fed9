// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/httplimits.h"
#include "server/http/proxysecret.h"
#include "server/console/consoleassets.h"

#include <QString>

#include <memory>
#include <optional>

namespace server {

class WorkerPool;

/// @brief The HTTP server (RESTinio on its own IO thread): reads requests within HttpLimits,
/// matches them with RESTinio's express router against ApiRouter::routes(), and hands the
/// API work to the read (GET) or write (POST) workers, which answer when they are done.
///
/// `/v1/health` and the console's page (/console/, in memory) are answered on the IO thread
/// and touch no database, so they keep answering however busy the database is. The console's
/// API (/console/api/) runs on the write workers: it writes sessions and its audit. Reads and writes have separate workers: a write waiting for
/// a lock never holds up a read.
class HttpService
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 8765;
        HttpLimits limits;
        /// One line per request on stderr: method, path and query, status, body size. Bodies
        /// (which may hold ID numbers) are never logged; no route puts personal data in a URL.
        bool accessLog = false;
        /// With a secret, a request carrying it in X-Kiosk-Proxy-Secret is marked
        /// ApiRequest::fromTrustedProxy.
        std::optional<ProxySecret> proxySecret;
        /// --trust-proxy-header: nginx is in front. A console request from loopback without the
        /// secret then is nginx not sending it (warned about once).
        bool behindProxy = false;
        /// The coordinators' console page, read at start; without one (or without its
        /// index.html) /console/ answers 503 and the API still serves.
        std::shared_ptr<const console::ConsoleAssets> consoleAssets;
    };

    HttpService(Options options, WorkerPool &reads, WorkerPool &writes);
    ~HttpService();
    HttpService(const HttpService &) = delete;
    HttpService &operator=(const HttpService &) = delete;

    /// Binds and starts serving; false and `error` when the address cannot be bound.
    bool start(QString *error);
    /// The port actually bound (the chosen one for --listen HOST:0).
    [[nodiscard]] quint16 boundPort() const;
    /// Stops accepting and closes the connections. Stop the worker pools first: they answer
    /// what they have queued while the connections are still open (new requests meanwhile get
    /// 503 `busy`).
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace server
