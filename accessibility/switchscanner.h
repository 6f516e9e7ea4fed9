// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSettings;

/// @brief Switch access: one switch with automatic scanning, or two switches (move, choose).
///
/// Nothing needs two switches at once. The first press of switch 1 starts scanning (focus
/// moves by itself every interval, a press chooses); the first press of switch 2 starts
/// two-switch use (switch 1 moves, switch 2 chooses). A second press of the same switch within
/// the rejection time is taken for a tremor and ignored. Everything stops at session end.
class SwitchScanner : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Off, Scan, TwoSwitch };
    Q_ENUM(Mode)
    enum class Switch { Move, Select };
    Q_ENUM(Switch)

    static constexpr int minimumIntervalMs = 1000;
    static constexpr int maximumIntervalMs = 5000;
    static constexpr int maximumRejectMs = 500;

    explicit SwitchScanner(QObject *parent = nullptr);

    /// [switch] scan_seconds (1-5) and reject_ms (0-500) from the station's INI file.
    void configure(QSettings &settings);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms);
    [[nodiscard]] int rejectMs() const { return m_rejectMs; }
    void setRejectMs(int ms);

    /// A switch was pressed; returns false when the press was rejected as a double press.
    bool press(Switch which);

public slots:
    void stop();

signals:
    void modeChanged(SwitchScanner::Mode mode);
    /// Move the focus to the next control.
    void moveRequested();
    /// Choose the control that has the focus.
    void selectRequested();

private:
    void setMode(Mode mode);

    Mode m_mode = Mode::Off;
    QTimer m_timer;
    int m_rejectMs = 300;
    QElapsedTimer m_sinceLast;
    Switch m_last = Switch::Move;
};
