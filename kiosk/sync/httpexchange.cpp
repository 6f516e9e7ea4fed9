// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/httpexchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kiosksync {

HttpExchange::Result HttpExchange::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                        const QString &bearerToken)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    m_current = reply;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (result.status == 0) {
        result.networkError = true;
        result.errorText = reply->errorString();
    }
    reply->deleteLater();
    m_current = nullptr;
    return result;
}

void HttpExchange::abort()
{
    if (m_current)
        m_current->abort();
}

} // namespace kiosksync
