// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httpfrontend.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcAccess, "kiosk.server.access")

namespace server {

namespace {
const char *lastActivityProperty = "kioskLastActivity";
}

HttpFrontend::HttpFrontend(ApiRouter &router, int idleTimeoutSeconds, bool accessLog, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_idleTimeoutSeconds(idleTimeoutSeconds), m_accessLog(accessLog)
{
    if (m_idleTimeoutSeconds > 0) {
        m_reaper.setInterval(qMax(1, m_idleTimeoutSeconds / 4) * 1000);
        connect(&m_reaper, &QTimer::timeout, this, &HttpFrontend::reapIdleConnections);
        m_reaper.start();
    }
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setProperty(lastActivityProperty, QDateTime::currentMSecsSinceEpoch());
    ApiRequest api;
    api.method = QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                     .toUpper();
    api.path = request.url().path();
    api.query = request.query();
    for (const auto &h : request.headers())
        api.headers.insert(h.first.toLower(), h.second);
    api.body = request.body();
    api.remoteAddress = request.remoteAddress().toString();

    const ApiResponse answer = m_router.handle(api);
    if (m_accessLog) {
        const QString query = api.query.isEmpty() ? QString() : u'?' + api.query.toString(QUrl::FullyEncoded);
        qCInfo(lcAccess).noquote() << api.method << api.path + query << answer.status << api.body.size();
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), answer.body,
                                 QHttpServerResponder::StatusCode(answer.status));
    for (const auto &h : answer.headers)
        response.addHeader(h.first, h.second);
    response.write(makeResponder(request, socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if that ever changes.
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QByteArrayLiteral("{\"error\":\"not_found\",\"message\":\"no such route\"}"),
                                 QHttpServerResponder::StatusCode::NotFound);
    response.write(makeResponder(request, socket));
}

void HttpFrontend::reapIdleConnections()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (QTcpServer *server : servers()) {
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>()) {
            const QVariant seen = socket->property(lastActivityProperty);
            if (!seen.isValid()) {
                // First sight of this connection: start its clock now.
                socket->setProperty(lastActivityProperty, now);
                connect(socket, &QIODevice::readyRead, socket,
                        [socket] { socket->setProperty(lastActivityProperty, QDateTime::currentMSecsSinceEpoch()); });
                continue;
            }
            if (now - seen.toLongLong() > qint64(m_idleTimeoutSeconds) * 1000)
                socket->disconnectFromHost();
        }
    }
}

} // namespace server
