// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace server {

/// @brief Random tokens and the hashes the server keeps instead of them.
class Secrets
{
public:
    /// `bytes` random bytes from the system generator, base64url without padding.
    [[nodiscard]] static QString randomToken(int bytes = 32);
    /// An enrollment code people can type: four groups of four letters and digits.
    [[nodiscard]] static QString randomEnrollmentCode();
    /// Lower-case hex SHA-256 of the UTF-8 text.
    [[nodiscard]] static QString sha256(const QString &text);
    /// Lower-case hex HMAC-SHA256.
    [[nodiscard]] static QString hmac(const QString &key, const QString &message);
    /// Enrollment codes compare without case, spaces or dashes.
    [[nodiscard]] static QString normalizeCode(const QString &code);
};

} // namespace server
