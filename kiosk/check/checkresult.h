// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// @brief One line of `kiosk --check`: ok, warn or FAIL, the check's name and a plain detail.
///
/// The lines are English on purpose: `kiosk --check` is a technician's tool (and the package's
/// postinst output), not a visitor's page, so it has no catalogue. No personal data ever goes
/// into a detail: paths, ids of devices, counts and versions only.
struct CheckResult
{
    enum class Level { Ok, Warn, Fail };

    Level level = Level::Ok;
    QString name;
    QString detail;

    static CheckResult ok(const QString &name, const QString &detail) { return {Level::Ok, name, detail}; }
    static CheckResult warn(const QString &name, const QString &detail) { return {Level::Warn, name, detail}; }
    static CheckResult fail(const QString &name, const QString &detail) { return {Level::Fail, name, detail}; }

    /// "ok   config: ..." : the word padded to five characters, the name, a colon, the detail
    /// (on one line: any line break in it becomes a space).
    [[nodiscard]] QString line() const
    {
        const QString word = level == Level::Ok ? QStringLiteral("ok") : level == Level::Warn ? QStringLiteral("warn")
                                                                                                : QStringLiteral("FAIL");
        QString flat = detail;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return word.leftJustified(5) + name + QStringLiteral(": ") + flat;
    }
};
