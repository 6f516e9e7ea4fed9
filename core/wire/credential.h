// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace core::wire {

/// @brief What a kiosk receives for its enrollment code (POST /v1/stations/enroll).
///
/// `token` authenticates every later request (Authorization: Bearer); the server keeps only its
/// SHA-256. `cacheKey` keys the kiosk's certificate cache: the server sends each certificate
/// under HMAC-SHA256(cacheKey, ID number), so neither side needs plain ID numbers as keys.
struct Credential
{
    QString stationId;
    QString token;
    QString cacheKey;

    [[nodiscard]] bool isValid() const { return !stationId.isEmpty() && !token.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<Credential> fromJson(const QJsonObject &object);
};

} // namespace core::wire
