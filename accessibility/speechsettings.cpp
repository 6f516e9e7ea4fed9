// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speechsettings.h"

#include "accessibility/announcer.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/speech/speechrate.h"

#include <algorithm>

SpeechSettings::SpeechSettings(QObject *parent)
    : QObject(parent)
    , m_rateStep(speech::SpeechRate::defaultStep)
    , m_volumeStep(speech::SpeechEngine::volumeStepCount() - 1)
{
    connect(Announcer::instance(), &Announcer::engineChanged, this, &SpeechSettings::followEngine);
    followEngine();
}

void SpeechSettings::followEngine()
{
    speech::SpeechEngine *engine = Announcer::instance()->engine();
    if (engine == m_engine)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_engine = engine;
    if (engine) {
        m_connections << connect(engine, &speech::SpeechEngine::rateStepChanged, this, &SpeechSettings::rateStepChanged)
                      << connect(engine, &speech::SpeechEngine::volumeStepChanged, this, &SpeechSettings::volumeStepChanged)
                      // An engine destroyed (a test's) leaves the steps kept here.
                      << connect(engine, &QObject::destroyed, this, [this] {
                             emit rateStepChanged();
                             emit volumeStepChanged();
                         });
    }
    emit rateStepChanged();
    emit volumeStepChanged();
}

int SpeechSettings::rateStep() const
{
    return m_engine ? m_engine->rateStep() : m_rateStep;
}

void SpeechSettings::setRateStep(int step)
{
    step = std::clamp(step, 0, rateStepCount() - 1);
    if (m_engine) {
        m_engine->setRateStep(step);
    } else if (step != m_rateStep) {
        m_rateStep = step;
        emit rateStepChanged();
    }
}

int SpeechSettings::volumeStep() const
{
    return m_engine ? m_engine->volumeStep() : m_volumeStep;
}

void SpeechSettings::setVolumeStep(int step)
{
    step = std::clamp(step, 0, volumeStepCount() - 1);
    if (m_engine) {
        m_engine->setVolumeStep(step);
    } else if (step != m_volumeStep) {
        m_volumeStep = step;
        emit volumeStepChanged();
    }
}

int SpeechSettings::rateStepCount()
{
    return speech::SpeechEngine::rateStepCount();
}

int SpeechSettings::volumeStepCount()
{
    return speech::SpeechEngine::volumeStepCount();
}

int SpeechSettings::normalRateStep()
{
    return speech::SpeechRate::defaultStep;
}

int SpeechSettings::defaultRateStep() const
{
    return m_engine ? m_engine->defaultRateStep() : normalRateStep();
}

int SpeechSettings::defaultVolumeStep() const
{
    return m_engine ? m_engine->defaultVolumeStep() : volumeStepCount() - 1;
}

void SpeechSettings::restoreStationSettings()
{
    setRateStep(defaultRateStep());
    setVolumeStep(defaultVolumeStep());
}
