// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace server {

/// @brief An HTTP request as the API sees it, independent of the HTTP library (tests build these).
struct ApiRequest
{
    QString method; ///< "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString remoteAddress;
    /// Set by the HTTP layer when the request carried the reverse proxy's shared secret
    /// (X-Kiosk-Proxy-Secret, compared in constant time): only then may X-Station-Id name the
    /// station. Never set from anything the client alone controls.
    bool fromTrustedProxy = false;

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

} // namespace server
