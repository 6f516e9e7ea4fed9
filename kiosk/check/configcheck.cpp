// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/configcheck.h"

#include "kiosk/kioskconfig.h"

#include <QFileInfo>

CheckResult ConfigCheck::run(const QString &path, const KioskConfig &config)
{
    const QString name = QStringLiteral("config");
    if (path.isEmpty())
        return CheckResult::warn(name, QStringLiteral("no --config FILE given; checking the built-in demo defaults"));
    const QFileInfo info(path);
    if (!info.exists())
        return CheckResult::fail(name, QStringLiteral("%1 does not exist").arg(path));
    if (!info.isReadable() || info.isDir())
        return CheckResult::fail(name, QStringLiteral("%1 cannot be read by this user").arg(path));
    const QString mode = config.demo ? QStringLiteral("demo") : QStringLiteral("not demo");
    if (config.problems.isEmpty())
        return CheckResult::ok(name, QStringLiteral("%1 (station %2, %3)").arg(path, config.stationId, mode));
    // Each problem already starts "config: "; one line holds them all.
    QStringList problems;
    for (QString problem : config.problems)
        problems << problem.remove(QStringLiteral("config: "));
    return CheckResult::warn(name, QStringLiteral("%1 (station %2, %3): %4")
                                       .arg(path, config.stationId, mode, problems.join(QStringLiteral("; "))));
}
