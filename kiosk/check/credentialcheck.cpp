// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/credentialcheck.h"

#include "kiosk/kioskconfig.h"
#include "kiosk/sync/credentialfile.h"

#include <QFileInfo>

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
    // The package makes the file empty, kiosk:kiosk 0600; the kiosk writes into it at enrollment.
    // Whether it is private enough is CredentialFile's rule (TooOpen, naming the mode), the
    // same the sync client applies, so the check and the kiosk never disagree.
    CredentialFile::Problem problem = CredentialFile::Problem::None;
    const auto credential = CredentialFile::read(path, &problem);
    if (credential)
        return CheckResult::ok(name, QStringLiteral("%1: enrolled as station %2").arg(path, credential->stationId));
    if (problem != CredentialFile::Problem::Missing)
        return CheckResult::fail(name, CredentialFile::describe(problem, path));
    if (QFileInfo::exists(path) && !QFileInfo(path).isWritable())
        return CheckResult::fail(name, QStringLiteral("%1: not enrolled, and this user cannot write the file to enroll")
                                           .arg(path));
    if (config.enrollmentCode.isEmpty())
        return CheckResult::fail(name, QStringLiteral("%1: not enrolled and no [server] enrollment_code to enroll with")
                                           .arg(path));
    return CheckResult::ok(name, QStringLiteral("%1: not enrolled yet; the kiosk enrolls with the configured "
                                                "enrollment code at start").arg(path));
}
