// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/visitorsettings.h"

#include "accessibility/themepalette.h"

VisitorSettings::VisitorSettings(QObject *parent)
    : QObject(parent)
{
    resetToDefaults();
}

void VisitorSettings::setDefaults(const Defaults &defaults)
{
    m_defaults = defaults;
    resetToDefaults();
}

void VisitorSettings::setLanguage(const QString &language)
{
    const QString normalised = language.startsWith(u"en") ? QStringLiteral("en") : QStringLiteral("zh");
    if (normalised == m_language)
        return;
    m_language = normalised;
    emit languageChanged();
}

void VisitorSettings::setTextSizeStep(int step)
{
    step = qBound(0, step, textSizeStepCount() - 1);
    if (step == m_textSizeStep)
        return;
    m_textSizeStep = step;
    emit textSizeStepChanged();
}

void VisitorSettings::setTheme(const QString &theme)
{
    if (theme == m_theme || !ThemePalette::names().contains(theme))
        return;
    m_theme = theme;
    emit themeChanged();
}

void VisitorSettings::setSpeechOn(bool on)
{
    if (on == m_speechOn)
        return;
    m_speechOn = on;
    emit speechOnChanged();
}

void VisitorSettings::setPrivateListening(bool on)
{
    if (on == m_privateListening)
        return;
    m_privateListening = on;
    emit privateListeningChanged();
}

void VisitorSettings::setLowReach(bool on)
{
    if (on == m_lowReach)
        return;
    m_lowReach = on;
    emit lowReachChanged();
}

void VisitorSettings::setScreenBlanked(bool on)
{
    if (on == m_screenBlanked)
        return;
    m_screenBlanked = on;
    emit screenBlankedChanged();
}

void VisitorSettings::setTouchExplore(bool on)
{
    if (on == m_touchExplore)
        return;
    m_touchExplore = on;
    emit touchExploreChanged();
}

void VisitorSettings::toggleLanguage()
{
    setLanguage(m_language == u"zh" ? QStringLiteral("en") : QStringLiteral("zh"));
}

void VisitorSettings::nextTextSize()
{
    setTextSizeStep((m_textSizeStep + 1) % textSizeStepCount());
}

void VisitorSettings::nextTheme()
{
    const QStringList names = ThemePalette::names();
    setTheme(names.at((names.indexOf(m_theme) + 1) % names.size()));
}

void VisitorSettings::restoreStationSettings()
{
    setTextSizeStep(m_defaults.textSizeStep);
    setTheme(ThemePalette::names().contains(m_defaults.theme) ? m_defaults.theme : ThemePalette::names().first());
    setSpeechOn(m_defaults.speechOn);
}

void VisitorSettings::resetToDefaults()
{
    setLanguage(m_defaults.language);
    restoreStationSettings();
    setPrivateListening(m_defaults.privateListening);
    setLowReach(false);
    setScreenBlanked(false);
    setTouchExplore(m_defaults.touchExplore);
}
