// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditsetting.h"

#include "accessibility/themepalette.h"
#include "accessibility/visitorsettings.h"

QString AuditSetting::label() const
{
    return QStringLiteral("%1, text %2, %3, %4%5")
        .arg(theme)
        .arg(textSizeStep + 1)
        .arg(language, size.width() > size.height() ? QStringLiteral("landscape") : QStringLiteral("portrait"),
             lowReach ? QStringLiteral(", low reach") : QString());
}

void AuditSetting::apply() const
{
    auto *settings = VisitorSettings::instance();
    settings->setTheme(theme);
    settings->setTextSizeStep(textSizeStep);
    settings->setLanguage(language);
    settings->setLowReach(lowReach);
}

QList<AuditSetting> AuditSetting::all()
{
    QList<AuditSetting> settings;
    const QSize landscape(1920, 1080);
    const QSize portrait(1080, 1920);
    for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")})
        for (const QSize &size : {landscape, portrait})
            for (int step = 0; step < VisitorSettings::textSizeStepCount(); ++step)
                for (const QString &theme : ThemePalette::names())
                    settings << AuditSetting{theme, step, language, size};
    // Low reach squeezes the page into the lower half: at the default and the largest size.
    for (int step : {0, VisitorSettings::textSizeStepCount() - 1})
        settings << AuditSetting{ThemePalette::names().constFirst(), step, QStringLiteral("en"), portrait, true};
    return settings;
}
