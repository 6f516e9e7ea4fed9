// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/certificatekey.h"

#include "core/idnumber.h"

#include <QMessageAuthenticationCode>

namespace store {

CertificateKey::CertificateKey(QByteArray stationSecret)
    : m_secret(std::move(stationSecret))
{
}

QString CertificateKey::of(QStringView idNumber) const
{
    const auto parsed = core::IdNumber::parse(idNumber);
    const QString normal = parsed ? parsed->number : core::IdNumber::normalize(idNumber);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(normal.toUtf8(), m_secret, QCryptographicHash::Sha256).toHex());
}

} // namespace store
