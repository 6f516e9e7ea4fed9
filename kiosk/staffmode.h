// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include "accessibility/processsingleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief The protected staff mode: a PIN from the configuration opens it, a session's end or
/// Leave closes it. Five wrong PINs lock it for a minute.
class StaffMode : public QObject, public ProcessSingleton<StaffMode>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    /// False when no PIN is configured: staff mode cannot be opened at this kiosk.
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY attemptsChanged)

public:
    static constexpr int maxAttempts = 5;
    static constexpr int lockoutMs = 60'000;

    void setPin(const QString &pin);

    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] bool available() const { return !m_pin.isEmpty(); }
    [[nodiscard]] bool lockedOut() const;

    /// True (and staff mode on) when `pin` is right.
    Q_INVOKABLE bool unlock(const QString &pin);

public slots:
    void leave();

signals:
    void activeChanged();
    void attemptsChanged();

private:
    friend class ProcessSingleton<StaffMode>;
    explicit StaffMode(QObject *parent = nullptr);

    QString m_pin;
    bool m_active = false;
    int m_failures = 0;
    QElapsedTimer m_lockedSince;
};
