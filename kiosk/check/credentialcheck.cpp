// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/credentialcheck.h"

#include "kiosk/kioskconfig.h"
#include "kiosk/sync/credentialfile.h"

#include <QFileInfo>

#include <sys/stat.h>

namespace {

/// The file's permission bits, -1 when it cannot be seen.
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

QString CredentialCheck::credentialPath(const KioskConfig &config)
{
    return config.credentialPath.isEmpty() ? kiosksync::CredentialFile::defaultPath() : config.credentialPath;
}

CheckResult CredentialCheck::run(const KioskConfig &config)
{
    using kiosksync::CredentialFile;
    const QString name = QStringLiteral("credential");
    if (config.serverUrl.isEmpty())
        return CheckResult::ok(name, QStringLiteral("no central server configured; no credential needed"));
    const QString path = credentialPath(config);
    const int mode = modeOf(path);
    // The package makes the file empty, kiosk:kiosk 0600; the kiosk writes into it at enrollment.
    if (mode >= 0 && mode != 0600)
        return CheckResult::fail(name, QStringLiteral("%1 has mode %2, not 0600 - fix with: chmod 600 %1")
                                           .arg(path, QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))));
    CredentialFile::Problem problem = CredentialFile::Problem::None;
    const auto credential = CredentialFile::read(path, &problem);
    if (credential)
        return CheckResult::ok(name, QStringLiteral("%1: enrolled as station %2").arg(path, credential->stationId));
    if (problem != CredentialFile::Problem::Missing)
        return CheckResult::fail(name, CredentialFile::describe(problem, path));
    const bool exists = mode >= 0;
    if (exists && !QFileInfo(path).isWritable())
        return CheckResult::fail(name, QStringLiteral("%1: not enrolled, and this user cannot write the file to enroll")
                                           .arg(path));
    if (config.enrollmentCode.isEmpty())
        return CheckResult::fail(name, QStringLiteral("%1: not enrolled and no [server] enrollment_code to enroll with")
                                           .arg(path));
    return CheckResult::ok(name, QStringLiteral("%1: not enrolled yet; the kiosk enrolls with the configured "
                                                "enrollment code at start").arg(path));
}
