// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

/// @brief Tells systemd how the kiosk is (sd_notify): READY=1 with a STATUS once its first
/// frame is on the screen, WATCHDOG=1 every third of WATCHDOG_USEC, STOPPING=1 at quit.
///
/// The pings come from a QTimer of the thread that owns this object, the GUI thread: when that
/// thread hangs (a stuck binding, a dead lock), the pings stop and systemd restarts the kiosk,
/// even while the render and sync threads still run. Without NOTIFY_SOCKET (not started by
/// systemd: a developer's desktop, the tests) it does nothing at all.
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    /// NOTIFY_SOCKET is set: systemd (or a test) listens.
    [[nodiscard]] bool isActive() const { return m_active; }
    /// The watchdog's ping interval: WATCHDOG_USEC / 3 in ms; 0 when there is no watchdog.
    [[nodiscard]] int watchdogIntervalMs() const { return m_intervalMs; }

    /// READY=1 and STATUS=`status`, then the watchdog pings begin. Only the first call counts.
    void ready(const QString &status);
    /// STOPPING=1: systemd sees a planned stop, not a hang, while the kiosk winds down.
    void stopping();
    /// STATUS=`status` alone (what `systemctl status` shows).
    void status(const QString &status);

private:
    void send(const QByteArray &state);

    QTimer m_watchdog;
    int m_intervalMs = 0;
    bool m_active = false;
    bool m_ready = false;
};
