// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kiosksync {

/// @brief HTTP requests of the sync thread, answered asynchronously: start() returns at once and
/// `done` runs on the same thread when the answer (or the failure) is in.
///
/// No nested event loop: while a request is out, the thread goes on serving its other events
/// (a certificate look-up, a stop, the purge timer). Each request has a time-out; abort() ends
/// every request in flight at once, each reporting a network error.
class HttpExchange
{
public:
    struct Result
    {
        int status = 0; ///< HTTP status, 0 when no answer came
        QByteArray body;
        bool networkError = false; ///< no HTTP answer: unreachable, refused, timed out, aborted
        bool timedOut = false;
        QString errorText;
        int retryAfterSeconds = 0;
    };
    using Done = std::function<void(const Result &)>;

    HttpExchange(QNetworkAccessManager &network, int timeoutMs) : m_network(network), m_timeoutMs(timeoutMs) {}

    /// Sends one request; `done` is called exactly once, later, on this thread. `deadlineMs`
    /// (0: the exchange's time-out) bounds the whole exchange, not just a silent stretch.
    void start(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &bearerToken,
               Done done, int deadlineMs = 0);
    /// Waits for one answer in a local event loop: for tests and command-line tools only; the
    /// sync client never calls it.
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &bearerToken);
    void abort();
    [[nodiscard]] bool busy() const;

private:
    QNetworkAccessManager &m_network;
    int m_timeoutMs;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace kiosksync
