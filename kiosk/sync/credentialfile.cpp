// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/credentialfile.h"

#include "core/wire/enrollrequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace kiosksync {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

QString octalMode(QFileDevice::Permissions p)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01},
    };
    for (const auto &[bit, value] : bits) {
        if (p.testFlag(bit))
            mode |= value;
    }
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

QString CredentialFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/station.credential");
}

std::optional<core::wire::Credential> CredentialFile::read(const QString &path, Problem *problem)
{
    const auto fail = [problem](Problem why) {
        if (problem)
            *problem = why;
        return std::optional<core::wire::Credential>();
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Problem::Missing);
    if (info.permissions() & kOthers)
        return fail(Problem::TooOpen);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::Unreadable);
    auto credential = core::wire::Credential::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!credential)
        return fail(Problem::Malformed);
    if (problem)
        *problem = Problem::None;
    return credential;
}

bool CredentialFile::write(const QString &path, const core::wire::Credential &credential)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return false;
        QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Before a byte is written: the temporary file is never readable by others either.
    if (!file.setPermissions(kOwnerOnly))
        return false;
    file.write(QJsonDocument(credential.toJson()).toJson());
    return file.commit();
}

QString CredentialFile::describe(Problem problem, const QString &path)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Missing:
        return QStringLiteral("no station credential at %1 yet; the kiosk will enroll").arg(path);
    case Problem::Unreadable:
        return QStringLiteral("the station credential %1 cannot be read by the kiosk's user; refused").arg(path);
    case Problem::TooOpen:
        return QStringLiteral("the station credential %1 is readable or writable by other users (mode %2); refused "
                              "- make it private with: chmod 600 %1")
            .arg(path, octalMode(QFileInfo(path).permissions()));
    case Problem::Malformed:
        return QStringLiteral("the station credential %1 is damaged; refused - remove it and enroll again").arg(path);
    }
    return {};
}

QString CredentialFile::noncePath(const QString &credentialPath)
{
    return credentialPath + QStringLiteral(".nonce");
}

QString CredentialFile::enrollmentNonce(const QString &credentialPath)
{
    const QString path = noncePath(credentialPath);
    // A nonce others could read is not reused: with the paper code it would give the credential.
    if (QFileInfo::exists(path) && !(QFileInfo(path).permissions() & kOthers)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QString kept = QString::fromLatin1(file.read(256)).trimmed();
            if (core::wire::EnrollRequest::isValidNonce(kept))
                return kept;
        }
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QByteArray nonce = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return {};
        QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
        return {};
    file.write(nonce + '\n');
    if (!file.commit())
        return {};
    return QString::fromLatin1(nonce);
}

void CredentialFile::forgetEnrollmentNonce(const QString &credentialPath)
{
    QFile::remove(noncePath(credentialPath));
}

bool CredentialFile::moveLegacy(const QString &legacyPath, const QString &path)
{
    if (legacyPath == path || !QFileInfo::exists(legacyPath) || QFileInfo::exists(path))
        return false;
    Problem problem = Problem::None;
    const auto credential = read(legacyPath, &problem);
    // A legacy file others could read is still refused; the technician decides.
    if (!credential || !write(path, *credential))
        return false;
    return QFile::remove(legacyPath);
}

} // namespace kiosksync
