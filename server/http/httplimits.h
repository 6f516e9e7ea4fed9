// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace server {

/// @brief What one client may cost the server, enforced while a request is being read (the
/// HTTP layer's numbers; the API's own limits are in ServerConfig).
///
/// The server must be safe even when exposed without nginx in front: nothing here waits for a
/// whole request to be buffered before it is measured.
struct HttpLimits
{
    /// Bodies up to this size are read and answered; larger ones get 413 (the kiosk halves its
    /// batch on 413, so that answer must come).
    int maxBodyBytes = 1024 * 1024;
    /// Beyond this the body is never read: the Content-Length (or the chunks read so far) is
    /// checked when the headers end and the connection is closed. Between maxBodyBytes and this
    /// the body is read (bounded memory) only to answer 413.
    [[nodiscard]] qint64 bodyCutOffBytes() const { return qMax<qint64>(qint64(maxBodyBytes) * 4, maxBodyBytes + 65536); }
    /// All header lines of one request together (one field is cut while it is read at this size;
    /// the total is checked once the headers are in and answered 431).
    int maxHeaderBytes = 16384;
    int maxHeaderFields = 100;
    int maxUrlBytes = 8192;
    /// Total time to read one request, headers and body, counted from the first wait for it:
    /// a client trickling a byte every few seconds is cut when it runs out.
    int requestTimeoutSeconds = 15;
    /// An idle kept-alive connection is closed after this (or requestTimeoutSeconds if shorter:
    /// waiting for the next request is part of reading it). 0 = only requestTimeoutSeconds.
    int idleTimeoutSeconds = 60;
    /// Seconds the API may take to answer one accepted request before the connection is dropped.
    int answerTimeoutSeconds = 120;
    int maxConnections = 1024;
    /// Database threads: half read (GET), half write (POST), at least one each.
    int workers = 4;
    /// Requests waiting per worker thread before new ones get 503 `busy`, but never fewer than
    /// maxConnections per pool (see queueLimit()).
    int queuePerWorker = 64;

    /// How many requests a pool of `poolWorkers` threads lets wait. Each connection has at most
    /// one request in hand (RESTinio reads the next only after answering), so a queue as long as
    /// the connection limit never turns away a request from a client the server has already
    /// accepted: at 256 kiosks a queue of 128 answered most of them 503 busy and served fewer
    /// than at 64. The queue is bounded by the connection limit, its memory by the body limit.
    [[nodiscard]] int queueLimit(int poolWorkers) const { return qMax(queuePerWorker * poolWorkers, maxConnections); }

    [[nodiscard]] int readTimeoutSeconds() const
    {
        return idleTimeoutSeconds > 0 ? qMin(idleTimeoutSeconds, requestTimeoutSeconds) : requestTimeoutSeconds;
    }
    [[nodiscard]] int readWorkers() const { return qMax(1, workers / 2); }
    [[nodiscard]] int writeWorkers() const { return qMax(1, workers - workers / 2); }
};

} // namespace server
