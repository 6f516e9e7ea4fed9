// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/credentialfile.h"

#include "core/wire/enrollrequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

/// The nonce kept inside a credential file that is not enrolled yet ({"enrollmentNonce": ...}),
/// empty when `content` holds none.
QString keptNonceIn(const QByteArray &content)
{
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    if (object.contains(QStringLiteral("token")))
        return {};
    const QString nonce = object.value(QStringLiteral("enrollmentNonce")).toString();
    return core::wire::EnrollRequest::isValidNonce(nonce) ? nonce : QString();
}

/// Writes `content` to `path`, mode 0600: a temporary file renamed over it, so a power cut
/// leaves the old or the new content; where no file can be made beside it (the package's
/// read-only /etc/station-kiosk, only the credential itself writable) straight into the
/// existing file instead, which keeps its mode. A missing folder is made owner-only; an
/// existing one is never changed.
bool writePrivately(const QString &path, const QByteArray &content)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return false;
        QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Before a byte is written: the temporary file (or the file itself) is never readable by
    // others either. A file already owner-only is left as it is (its owner may be another).
    constexpr QFileDevice::Permissions modeBits = kOwnerOnly | QFileDevice::ExeOwner | kOthers
        | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    if ((file.permissions() & modeBits) != kOwnerOnly && !file.setPermissions(kOwnerOnly))
        return false;
    file.write(content);
    return file.commit();
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
    const QByteArray content = file.readAll();
    // The package makes the file empty (kiosk:kiosk 0600) so the kiosk can write into it on a
    // read-only /etc; until then, and while it holds only the enrollment's nonce, the station
    // is not enrolled.
    if (content.trimmed().isEmpty() || !keptNonceIn(content).isEmpty())
        return fail(Problem::Missing);
    auto credential = core::wire::Credential::fromJson(QJsonDocument::fromJson(content).object());
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
    return writePrivately(path, QJsonDocument(credential.toJson()).toJson());
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
    // A credential file that is not enrolled yet may hold the nonce itself (see below).
    const QFileInfo credentialInfo(credentialPath);
    if (credentialInfo.exists() && !(credentialInfo.permissions() & kOthers)) {
        QFile file(credentialPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QString kept = keptNonceIn(file.read(4096));
            if (!kept.isEmpty())
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
    // Beside the credential, made fresh (never straight into some other file).
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnly)) {
        file.write(nonce + '\n');
        if (file.commit())
            return QString::fromLatin1(nonce);
    } else {
        file.cancelWriting();
    }
    // No file can be made in the folder (the package's read-only /etc/station-kiosk, where
    // only the empty credential file is the kiosk's): the nonce waits inside the credential
    // file, which is not enrolled yet, until the credential replaces it.
    Problem problem = Problem::None;
    if (credentialInfo.exists() && !read(credentialPath, &problem) && problem == Problem::Missing
        && writePrivately(credentialPath, QJsonDocument(QJsonObject{{QStringLiteral("enrollmentNonce"),
                                                                     QString::fromLatin1(nonce)}})
                                              .toJson(QJsonDocument::Compact)))
        return QString::fromLatin1(nonce);
    return {};
}

void CredentialFile::forgetEnrollmentNonce(const QString &credentialPath)
{
    QFile::remove(noncePath(credentialPath));
}

bool CredentialFile::moveLegacy(const QString &legacyPath, const QString &path)
{
    if (legacyPath == path || !QFileInfo::exists(legacyPath))
        return false;
    Problem problem = Problem::None;
    // An empty credential file (the package's) is no credential: the legacy one moves into it.
    if (QFileInfo::exists(path) && (read(path, &problem) || problem != Problem::Missing))
        return false;
    const auto credential = read(legacyPath, &problem);
    // A legacy file others could read is still refused; the technician decides.
    if (!credential || !write(path, *credential))
        return false;
    return QFile::remove(legacyPath);
}

} // namespace kiosksync
