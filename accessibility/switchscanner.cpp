// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/switchscanner.h"

#include <QSettings>

SwitchScanner::SwitchScanner(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &SwitchScanner::moveRequested);
}

void SwitchScanner::configure(QSettings &settings)
{
    bool ok = false;
    const double seconds = settings.value(QStringLiteral("switch/scan_seconds")).toDouble(&ok);
    if (ok)
        setIntervalMs(int(seconds * 1000));
    const int reject = settings.value(QStringLiteral("switch/reject_ms")).toInt(&ok);
    if (ok)
        setRejectMs(reject);
}

void SwitchScanner::setIntervalMs(int ms)
{
    m_timer.setInterval(qBound(minimumIntervalMs, ms, maximumIntervalMs));
}

void SwitchScanner::setRejectMs(int ms)
{
    m_rejectMs = qBound(0, ms, maximumRejectMs);
}

bool SwitchScanner::press(Switch which)
{
    if (m_sinceLast.isValid() && which == m_last && m_sinceLast.elapsed() < m_rejectMs)
        return false;
    m_sinceLast.start();
    m_last = which;

    switch (m_mode) {
    case Mode::Off:
        setMode(which == Switch::Move ? Mode::Scan : Mode::TwoSwitch);
        emit moveRequested();
        break;
    case Mode::Scan:
        emit selectRequested();
        break;
    case Mode::TwoSwitch:
        if (which == Switch::Move)
            emit moveRequested();
        else
            emit selectRequested();
        break;
    }
    // A fresh full interval after every press, so the highlight never jumps just as the
    // visitor reaches for the switch again.
    if (m_mode == Mode::Scan)
        m_timer.start();
    return true;
}

void SwitchScanner::stop()
{
    setMode(Mode::Off);
}

void SwitchScanner::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (mode == Mode::Scan)
        m_timer.start();
    else
        m_timer.stop();
    emit modeChanged(mode);
}
