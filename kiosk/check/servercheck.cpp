// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/servercheck.h"

#include "kiosk/kioskconfig.h"
#include "kiosk/sync/httpexchange.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QUrl>

CheckResult ServerCheck::run(const KioskConfig &config, int timeoutMs)
{
    const QString name = QStringLiteral("server");
    if (config.serverUrl.isEmpty())
        return CheckResult::warn(name, QStringLiteral("no [server] url: requests stay in the kiosk's outbox"));
    QUrl url(config.serverUrl);
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/v1/health"));
    QNetworkAccessManager network;
    kiosksync::HttpExchange exchange(network, timeoutMs);
    QElapsedTimer clock;
    clock.start();
    const auto reply = exchange.send("GET", url, {}, {});
    const qint64 ms = clock.elapsed();
    const QString where = url.toString(QUrl::RemoveUserInfo);
    if (reply.networkError)
        return CheckResult::fail(name, QStringLiteral("%1: %2").arg(where, reply.timedOut
                                                                         ? QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000)
                                                                         : reply.errorText));
    if (reply.status != 200)
        return CheckResult::fail(name, QStringLiteral("%1 answered HTTP %2").arg(where).arg(reply.status));
    return CheckResult::ok(name, QStringLiteral("%1 answered in %2 ms").arg(where).arg(ms));
}
