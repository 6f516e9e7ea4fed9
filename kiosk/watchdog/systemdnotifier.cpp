// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/watchdog/systemdnotifier.h"

#include <systemd/sd-daemon.h>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_active(!qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
{
    // WATCHDOG_USEC is read here rather than through sd_watchdog_enabled(): that function
    // also demands WATCHDOG_PID == getpid(), and under cage the service's main process is cage
    // (the kiosk is cage's child), so WATCHDOG_PID names cage and it would say "no watchdog".
    // The unit sets NotifyAccess=all so systemd takes the kiosk's pings anyway.
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (m_active && ok && usec > 0)
        m_intervalMs = int(qMax<qint64>(1, usec / 3 / 1000));
    m_watchdog.setInterval(m_intervalMs);
    // A precise timer: a coarse one may drift by 5 %, and a ping a third early or late is fine,
    // but the interval should mean what it says.
    m_watchdog.setTimerType(Qt::PreciseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { send(QByteArrayLiteral("WATCHDOG=1")); });
}

void SystemdNotifier::ready(const QString &status)
{
    if (!m_active || m_ready)
        return;
    m_ready = true;
    send("READY=1\nSTATUS=" + status.toUtf8());
    if (m_intervalMs > 0) {
        send(QByteArrayLiteral("WATCHDOG=1"));
        m_watchdog.start();
    }
}

void SystemdNotifier::stopping()
{
    if (!m_active)
        return;
    m_watchdog.stop();
    send(QByteArrayLiteral("STOPPING=1"));
}

void SystemdNotifier::status(const QString &status)
{
    if (m_active)
        send("STATUS=" + status.toUtf8());
}

void SystemdNotifier::send(const QByteArray &state)
{
    // unset_environment = 0: the variables stay for the next message.
    sd_notify(0, state.constData());
}
