// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace kiosksync {

/// @brief One HTTP request, waited for on the sync thread (never the GUI thread), with a time-out.
///
/// Blocking keeps the sync rounds readable as straight-line code; the thread has nothing else to
/// do meanwhile, and abort() (from a queued stop) ends the wait at once.
class HttpExchange
{
public:
    struct Result
    {
        int status = 0; ///< HTTP status, 0 when no answer came
        QByteArray body;
        bool networkError = false; ///< no HTTP answer: unreachable, refused, timed out, aborted
        QString errorText;
        int retryAfterSeconds = 0;
    };

    HttpExchange(QNetworkAccessManager &network, int timeoutMs) : m_network(network), m_timeoutMs(timeoutMs) {}

    Result send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &bearerToken);
    void abort();

private:
    QNetworkAccessManager &m_network;
    int m_timeoutMs;
    QPointer<QNetworkReply> m_current;
};

} // namespace kiosksync
