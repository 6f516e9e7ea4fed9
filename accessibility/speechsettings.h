// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace speech {
class SpeechEngine;
}

/// @brief The visitor's speaking rate and volume steps as the settings screen shows them: the
/// steps of the Announcer's SpeechEngine, read and set there.
///
/// The kiosk makes its engine after the window has loaded, so this follows
/// Announcer::engineChanged. Without an engine (screenshots, tests that do not speak) the
/// steps are kept here, at the engine's built-in defaults, so the screen still works. A new
/// step applies to the next utterance (rate) or within one audio buffer (volume); the session's
/// end puts the engine back to the station's steps (Announcer::reset).
class SpeechSettings : public QObject, public ProcessSingleton<SpeechSettings>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// 0 .. rateStepCount-1; normalRateStep is ordinary speech (about 190 Mandarin characters a minute).
    Q_PROPERTY(int rateStep READ rateStep WRITE setRateStep NOTIFY rateStepChanged)
    /// 0 .. volumeStepCount-1, the last at full level.
    Q_PROPERTY(int volumeStep READ volumeStep WRITE setVolumeStep NOTIFY volumeStepChanged)
    Q_PROPERTY(int normalRateStep READ normalRateStep CONSTANT)

public:
    [[nodiscard]] int rateStep() const;
    void setRateStep(int step);
    [[nodiscard]] int volumeStep() const;
    void setVolumeStep(int step);
    [[nodiscard]] static int rateStepCount();
    [[nodiscard]] static int volumeStepCount();
    [[nodiscard]] static int normalRateStep();
    /// The station's steps ([speech] rate, volume), which restoreStationSettings() goes back to.
    [[nodiscard]] int defaultRateStep() const;
    [[nodiscard]] int defaultVolumeStep() const;

    /// Rate and volume back to the station's steps (the rest of the engine's state stays).
    Q_INVOKABLE void restoreStationSettings();

signals:
    void rateStepChanged();
    void volumeStepChanged();

private:
    friend class ProcessSingleton<SpeechSettings>;
    explicit SpeechSettings(QObject *parent = nullptr);
    void followEngine();

    QPointer<speech::SpeechEngine> m_engine;
    QList<QMetaObject::Connection> m_connections;
    // Without an engine.
    int m_rateStep;
    int m_volumeStep;
};
