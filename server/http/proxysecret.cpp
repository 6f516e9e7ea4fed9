// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/proxysecret.h"

#include <QFile>

namespace server {

std::optional<ProxySecret> ProxySecret::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the proxy secret file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray secret = file.read(4096).trimmed();
    if (secret.size() < minimumBytes) {
        if (error)
            *error = QStringLiteral("the proxy secret in %1 must be at least %2 characters").arg(path).arg(minimumBytes);
        return std::nullopt;
    }
    return ProxySecret(secret);
}

bool ProxySecret::matches(const QByteArray &offered) const
{
    // Every byte of the secret is looked at whatever the offer: the time depends on the
    // secret's length only. A length mismatch still fails, after the same work.
    unsigned char difference = offered.size() == m_secret.size() ? 0 : 1;
    for (qsizetype i = 0; i < m_secret.size(); ++i) {
        const unsigned char offeredByte = i < offered.size() ? static_cast<unsigned char>(offered.at(i)) : 0;
        difference |= static_cast<unsigned char>(offeredByte ^ static_cast<unsigned char>(m_secret.at(i)));
    }
    // volatile: the compiler must not turn the loop into an early-exit comparison.
    volatile unsigned char result = difference;
    return result == 0;
}

} // namespace server
