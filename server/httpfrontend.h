// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apirouter.h"

#include <QAbstractHttpServer>
#include <QTimer>

namespace server {

/// @brief Serves ApiRouter over QtHttpServer 6.4, and closes connections that sit idle.
///
/// QtHttpServer 6.4 has no idle time-out of its own; production also runs behind nginx, which
/// caps bodies and times out slow clients before they reach us.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpFrontend(ApiRouter &router, int idleTimeoutSeconds, bool accessLog = false, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void reapIdleConnections();

    ApiRouter &m_router;
    int m_idleTimeoutSeconds;
    bool m_accessLog;
    QTimer m_reaper;
};

} // namespace server
