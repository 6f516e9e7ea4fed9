// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief What one visitor chose for this session: language, text size, contrast, speech.
///
/// The station's defaults come from configuration; every choice returns to them when the
/// session ends (accessibility.md, "Time"), so the next visitor never inherits a stranger's
/// settings.
class VisitorSettings : public QObject, public ProcessSingleton<VisitorSettings>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int textSizeStep READ textSizeStep WRITE setTextSizeStep NOTIFY textSizeStepChanged)
    Q_PROPERTY(int textSizeStepCount READ textSizeStepCount CONSTANT)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool speechOn READ speechOn WRITE setSpeechOn NOTIFY speechOnChanged)
    Q_PROPERTY(bool privateListening READ privateListening WRITE setPrivateListening NOTIFY privateListeningChanged)
    Q_PROPERTY(bool lowReach READ lowReach WRITE setLowReach NOTIFY lowReachChanged)
    Q_PROPERTY(bool screenBlanked READ screenBlanked WRITE setScreenBlanked NOTIFY screenBlankedChanged)
    /// Touch to explore: with speech on, a first touch speaks a control, a second one presses it.
    Q_PROPERTY(bool touchExplore READ touchExplore WRITE setTouchExplore NOTIFY touchExploreChanged)

public:
    struct Defaults
    {
        QString language = QStringLiteral("zh");
        int textSizeStep = 0;
        QString theme = QStringLiteral("standard");
        bool speechOn = true;
        bool privateListening = false;
        bool touchExplore = false;
    };

    void setDefaults(const Defaults &defaults);
    [[nodiscard]] const Defaults &defaults() const { return m_defaults; }

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] int textSizeStep() const { return m_textSizeStep; }
    void setTextSizeStep(int step);
    [[nodiscard]] static int textSizeStepCount() { return 4; }
    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    [[nodiscard]] bool speechOn() const { return m_speechOn; }
    void setSpeechOn(bool on);
    [[nodiscard]] bool privateListening() const { return m_privateListening; }
    void setPrivateListening(bool on);
    [[nodiscard]] bool lowReach() const { return m_lowReach; }
    void setLowReach(bool on);
    [[nodiscard]] bool screenBlanked() const { return m_screenBlanked; }
    void setScreenBlanked(bool on);
    [[nodiscard]] bool touchExplore() const { return m_touchExplore; }
    void setTouchExplore(bool on);

    /// Steps through the choices the top bar offers, one touch at a time.
    Q_INVOKABLE void toggleLanguage();
    Q_INVOKABLE void nextTextSize();
    Q_INVOKABLE void nextTheme();
    /// The settings screen's "Back to the station's settings": text size, contrast and speech
    /// on/off as the station has them. The language the visitor reads in stays, and so do the
    /// modes the keypad switches (private listening, touch to explore, low reach, screen off).
    Q_INVOKABLE void restoreStationSettings();

public slots:
    /// Every choice back to the station's defaults (at session end).
    void resetToDefaults();

signals:
    void languageChanged();
    void textSizeStepChanged();
    void themeChanged();
    void speechOnChanged();
    void privateListeningChanged();
    void lowReachChanged();
    void screenBlankedChanged();
    void touchExploreChanged();

private:
    friend class ProcessSingleton<VisitorSettings>;
    explicit VisitorSettings(QObject *parent = nullptr);

    Defaults m_defaults;
    QString m_language;
    int m_textSizeStep = 0;
    QString m_theme;
    bool m_speechOn = true;
    bool m_privateListening = false;
    bool m_lowReach = false;
    bool m_screenBlanked = false;
    bool m_touchExplore = false;
};
