// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/httpexchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace kiosksync {

void HttpExchange::start(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &bearerToken,
                         Done done, int deadlineMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toLatin1());
    const int deadline = deadlineMs > 0 ? deadlineMs : m_timeoutMs;
    request.setTransferTimeout(deadline);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    m_inFlight.append(reply);

    // The whole exchange, not only a silent stretch, ends at the deadline.
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(deadline);

    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, timedOut, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        Result result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen()) // an aborted reply is closed: nothing to read
            result.body = reply->readAll();
        result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        result.timedOut = *timedOut || reply->error() == QNetworkReply::TimeoutError;
        if (result.status == 0) {
            result.networkError = true;
            result.errorText = result.timedOut ? QStringLiteral("no answer in time") : reply->errorString();
        }
        reply->deleteLater();
        done(result);
    });
}

HttpExchange::Result HttpExchange::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                        const QString &bearerToken)
{
    Result result;
    QEventLoop loop;
    bool finished = false;
    start(method, url, body, bearerToken, [&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void HttpExchange::abort()
{
    // Each abort finishes its reply at once, which takes it out of the list.
    const auto inFlight = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
    m_inFlight.clear();
}

bool HttpExchange::busy() const
{
    for (const QPointer<QNetworkReply> &reply : m_inFlight) {
        if (reply)
            return true;
    }
    return false;
}

} // namespace kiosksync
