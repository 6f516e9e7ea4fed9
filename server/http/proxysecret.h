// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace server {

/// @brief The secret nginx sends as X-Kiosk-Proxy-Secret, so the server knows a request came
/// through the proxy that verified the station's client certificate (X-Station-Id).
///
/// Without it any process that can reach the server's port could name any station.
class ProxySecret
{
public:
    static constexpr int minimumBytes = 16;

    /// Reads the secret from a file (surrounding white space ignored); nullopt and `error` when
    /// the file cannot be read or the secret is shorter than minimumBytes.
    [[nodiscard]] static std::optional<ProxySecret> fromFile(const QString &path, QString *error);

    /// Whether `offered` is the secret. Compared in constant time: how long the answer takes
    /// says nothing about how many leading bytes were right.
    [[nodiscard]] bool matches(const QByteArray &offered) const;

private:
    explicit ProxySecret(QByteArray secret) : m_secret(std::move(secret)) {}
    QByteArray m_secret;
};

} // namespace server
