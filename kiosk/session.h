// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/// @brief One visitor's time at the kiosk: attract → active → warning → (more time | ended).
///
/// After a quiet spell the kiosk warns with a countdown (WCAG 2.2.1: at least 20 s, one simple
/// action for more time, as often as wanted); when it runs out the session ends and everything
/// that belonged to the visitor is cleared by whoever listens to ended().
class Session : public QObject, public ProcessSingleton<Session>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int warningSeconds READ warningSeconds NOTIFY timingChanged)
    Q_PROPERTY(bool longerTimeLimits READ longerTimeLimits WRITE setLongerTimeLimits NOTIFY timingChanged)

public:
    enum class State { Attract, Active, Warning };
    Q_ENUM(State)

    /// Quiet time before the warning, and the warning's countdown (both in milliseconds, so
    /// tests can run the whole cycle quickly).
    void setTiming(int inactivityMs, int warningMs);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] int warningSeconds() const { return (effectiveWarningMs() + 999) / 1000; }
    /// Speech-and-keypad visitors get double time (accessibility.md, "Time").
    [[nodiscard]] bool longerTimeLimits() const { return m_longerTimeLimits; }
    void setLongerTimeLimits(bool on);

public slots:
    /// A visitor touched the screen or pressed a key on the attract screen.
    void begin();
    /// Any touch or key while the session is active restarts the quiet time.
    void noteActivity();
    /// "I need more time" on the warning.
    void extend();
    /// Done, or the warning ran out: clears everything of this visitor's.
    void end();
    /// Shows the warning at once (for the screenshot of the warning, and for tests).
    void warnNow();

signals:
    void stateChanged();
    void secondsLeftChanged();
    void timingChanged();
    /// The visitor's session is over: wipe personal data and reset visitor settings now.
    void ended();
    /// The warning appeared (pages speak it).
    void warningStarted();

private:
    friend class ProcessSingleton<Session>;
    explicit Session(QObject *parent = nullptr);
    void setState(State state);
    void startWarning();
    void tick();
    [[nodiscard]] int effectiveInactivityMs() const;
    [[nodiscard]] int effectiveWarningMs() const;

    State m_state = State::Attract;
    int m_inactivityMs = 90'000;
    int m_warningMs = 30'000;
    int m_secondsLeft = 0;
    bool m_longerTimeLimits = false;
    QTimer m_inactivityTimer;
    QTimer m_countdownTimer;
    qint64 m_warningDeadlineMs = 0;
};
