// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/session.h"

#include <QDateTime>

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_inactivityTimer.setSingleShot(true);
    connect(&m_inactivityTimer, &QTimer::timeout, this, &Session::startWarning);
    // The countdown ticks often enough to show whole seconds without drifting; the deadline,
    // not the tick count, decides when the session ends.
    m_countdownTimer.setInterval(100);
    connect(&m_countdownTimer, &QTimer::timeout, this, &Session::tick);
}

void Session::setTiming(int inactivityMs, int warningMs)
{
    m_inactivityMs = inactivityMs;
    m_warningMs = warningMs;
    emit timingChanged();
    // New timing applies from now on, also to a visit in progress.
    if (m_state == State::Active)
        m_inactivityTimer.start(effectiveInactivityMs());
}

void Session::setLongerTimeLimits(bool on)
{
    if (on == m_longerTimeLimits)
        return;
    m_longerTimeLimits = on;
    emit timingChanged();
    if (m_state == State::Active)
        m_inactivityTimer.start(effectiveInactivityMs());
}

int Session::effectiveInactivityMs() const
{
    return m_longerTimeLimits ? 2 * m_inactivityMs : m_inactivityMs;
}

int Session::effectiveWarningMs() const
{
    return m_longerTimeLimits ? 2 * m_warningMs : m_warningMs;
}

void Session::begin()
{
    if (m_state != State::Attract)
        return;
    setState(State::Active);
    m_inactivityTimer.start(effectiveInactivityMs());
}

void Session::noteActivity()
{
    // During the warning only the "more time" button counts: a stray touch elsewhere must not
    // hide the countdown from someone who cannot see it went away.
    if (m_state == State::Active)
        m_inactivityTimer.start(effectiveInactivityMs());
}

void Session::extend()
{
    if (m_state != State::Warning)
        return;
    m_countdownTimer.stop();
    setState(State::Active);
    m_inactivityTimer.start(effectiveInactivityMs());
}

void Session::end()
{
    m_inactivityTimer.stop();
    m_countdownTimer.stop();
    const bool wasVisiting = m_state != State::Attract;
    setState(State::Attract);
    if (wasVisiting)
        emit ended();
}

void Session::warnNow()
{
    if (m_state == State::Attract)
        begin();
    m_inactivityTimer.stop();
    startWarning();
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void Session::startWarning()
{
    m_warningDeadlineMs = QDateTime::currentMSecsSinceEpoch() + effectiveWarningMs();
    setState(State::Warning);
    tick();
    m_countdownTimer.start();
    emit warningStarted();
}

void Session::tick()
{
    const qint64 leftMs = m_warningDeadlineMs - QDateTime::currentMSecsSinceEpoch();
    if (leftMs <= 0) {
        end();
        return;
    }
    const int seconds = int((leftMs + 999) / 1000);
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        emit secondsLeftChanged();
    }
}
