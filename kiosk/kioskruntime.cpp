// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskruntime.h"

#include "accessibility/announcer.h"
#include "accessibility/theme.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/commandline.h"
#include "kiosk/session.h"
#include "kiosk/stationinfo.h"
#include "kiosk/visit.h"

#include <QGuiApplication>
#include <QScreen>

KioskRuntime::KioskRuntime(const KioskConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    VisitorSettings::Defaults defaults;
    defaults.language = config.defaultLanguage;
    defaults.textSizeStep = config.defaultTextSizeStep;
    defaults.theme = config.defaultTheme;
    defaults.speechOn = config.defaultSpeechOn;
    defaults.privateListening = config.privateListening;
    VisitorSettings::instance()->setDefaults(defaults);

    qreal pixelsPerMm = config.pixelsPerMm;
    if (pixelsPerMm <= 0 && QGuiApplication::primaryScreen())
        pixelsPerMm = QGuiApplication::primaryScreen()->physicalDotsPerInch() / 25.4;
    Theme::instance()->setPixelsPerMm(pixelsPerMm);

    Session::instance()->setTiming(config.inactivitySeconds * 1000, config.warningSeconds * 1000);
    StationInfo::instance()->setNames(config.stationNameZh, config.stationName);

    // The session's end wipes the visit (settings, speech, identity ...) in Visit's one routine.
    Visit::instance();
}

void KioskRuntime::applyOverrides(const CommandLine &commandLine)
{
    auto *settings = VisitorSettings::instance();
    if (!commandLine.language.isEmpty())
        settings->setLanguage(commandLine.language);
    if (commandLine.textSizeStep >= 0)
        settings->setTextSizeStep(commandLine.textSizeStep);
    if (!commandLine.theme.isEmpty())
        settings->setTheme(commandLine.theme);
}
