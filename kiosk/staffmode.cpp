// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/staffmode.h"

StaffMode::StaffMode(QObject *parent)
    : QObject(parent)
{
}

void StaffMode::setPin(const QString &pin)
{
    m_pin = pin;
}

bool StaffMode::lockedOut() const
{
    return m_lockedSince.isValid() && m_lockedSince.elapsed() < lockoutMs;
}

bool StaffMode::unlock(const QString &pin)
{
    if (!available() || lockedOut())
        return false;
    m_lockedSince.invalidate();
    if (pin != m_pin) {
        if (++m_failures >= maxAttempts) {
            m_failures = 0;
            m_lockedSince.start();
            qWarning("kiosk: staff mode locked for a minute after %d wrong PINs", maxAttempts);
        }
        emit attemptsChanged();
        return false;
    }
    m_failures = 0;
    emit attemptsChanged();
    if (!m_active) {
        m_active = true;
        emit activeChanged();
    }
    return true;
}

void StaffMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    emit activeChanged();
}
