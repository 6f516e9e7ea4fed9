// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/headphoneports.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace speech {

/// @brief Watches the headphone jack through PulseAudio: sink events, each answered by reading
/// every sink's ports and their availability (HeadphonePorts::read).
///
/// Runs a pa_threaded_mainloop of its own; results reach this object's thread queued. When
/// headphones are in (`routeToHeadphones`), their sink becomes the default and their port the
/// active one, so the public speaker goes silent and the kiosk's next utterance plays in the
/// headphones; PulseAudio's module-switch-on-port-available switches back when they are
/// pulled. No server: state Unknown, tried again every 5 s. Built without libpulse: Unknown.
class HeadphoneJack : public QObject
{
    Q_OBJECT

public:
    explicit HeadphoneJack(QObject *parent = nullptr);
    ~HeadphoneJack() override;

    /// Connects to the server named by PULSE_SERVER (or the user's) and starts watching.
    void start();
    void setRouteToHeadphones(bool on) { m_route = on; }

    [[nodiscard]] JackState state() const { return m_reading.state; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    /// The sinks read the last time (for tests and the log).
    [[nodiscard]] QStringList sinkNames() const { return m_sinkNames; }
    /// How many times the ports were read (once at connection, then once per sink event).
    [[nodiscard]] int readings() const { return m_readings; }
    /// How many attempts to reach the server failed (each is retried after 5 s).
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }

signals:
    void stateChanged(speech::JackState state);
    /// Every reading, changed or not (tests wait on it).
    void portsRead();
    void connectedChanged(bool connected);
    /// An attempt to reach the server failed, or the connection was lost (a retry follows).
    void attemptFailed();

private:
    struct Pulse;
    /// A reading from the pulse thread: the sinks and what HeadphonePorts::read made of them there.
    void onSinks(const QList<OutputSink> &sinks, const JackReading &reading);
    void onConnected(bool connected);
    void failAttempt();

    std::unique_ptr<Pulse> m_pulse;
    QTimer m_retry;
    JackReading m_reading;
    QStringList m_sinkNames;
    int m_readings = 0;
    int m_failedAttempts = 0;
    bool m_attemptFailed = false; ///< this attempt's failure is counted
    bool m_connected = false;
    bool m_route = true;
};

} // namespace speech
