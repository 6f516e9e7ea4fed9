// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace store {

/// @brief The key of a certificate at rest: HMAC-SHA256(station secret, normalised ID number),
/// as 64 lower-case hex digits.
///
/// A keyed hash, not a plain one: ID numbers are few enough (area, birth date, sequence) that
/// an unkeyed hash could be reversed by trying them all; without the station secret, which is
/// never written into the store file, the file reveals no ID number.
class CertificateKey
{
public:
    explicit CertificateKey(QByteArray stationSecret);

    /// Normalises first (spaces, lower-case x, full-width digits; a 15-digit number becomes its
    /// 18-character form), so every way of typing one number gives one key.
    [[nodiscard]] QString of(QStringView idNumber) const;
    [[nodiscard]] bool hasSecret() const { return !m_secret.isEmpty(); }

private:
    QByteArray m_secret;
};

} // namespace store
