// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/credentialfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace kiosksync {

std::optional<core::wire::Credential> CredentialFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return core::wire::Credential::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

bool CredentialFile::write(const QString &path, const core::wire::Credential &credential)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(credential.toJson()).toJson());
    return file.commit();
}

} // namespace kiosksync
