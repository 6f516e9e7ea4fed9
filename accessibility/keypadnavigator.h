// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/keybindings.h"
#include "accessibility/switchscanner.h"

#include <QObject>

class QQuickItem;
class QQuickWindow;

/// @brief Operates the kiosk from a keypad or switches: an application event filter that
/// turns bound keys (KeyBindings) into focus moves, presses and speech commands.
///
/// Any bound key stops the speech first; a key held down does not repeat. Keys a focused text
/// field needs (Backspace, arrows left and right, Space, Return) are left to it. On the attract
/// screen (nothing to reach yet) keys pass through, so any key starts a session.
///
/// Back, Home, next and previous page press the controls named backButton, homeButton,
/// nextButton and previousButton (previous page falls back to Back), so the keypad does
/// exactly what the touch buttons do.
class KeypadNavigator : public QObject
{
    Q_OBJECT

public:
    explicit KeypadNavigator(KeyBindings bindings = KeyBindings::defaults(), QObject *parent = nullptr);

    /// The station's [keypad] bindings and [switch] timings from its INI file (an empty path
    /// keeps the defaults); returns the problems found, one line each.
    QStringList configure(const QString &iniPath);

    [[nodiscard]] const KeyBindings &bindings() const { return m_bindings; }
    [[nodiscard]] SwitchScanner *switches() { return &m_switches; }

    /// Carries out `action` in `window` as if its key was pressed; false when it does not
    /// apply here (the key then goes on to the item).
    bool perform(KeyBindings::Action action, QQuickWindow *window);
    /// Moves the focus `steps` controls on (negative: back), wrapping around.
    void moveFocus(QQuickWindow *window, int steps);

public slots:
    /// Session end: switch scanning stops.
    void reset();

signals:
    /// The visitor operates the kiosk by keys (the session doubles its time limits).
    void keypadUsed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stepSpeech(KeyBindings::Action action);
    void announceToggle(bool on, const char *onKey, const char *offKey);

    KeyBindings m_bindings;
    SwitchScanner m_switches;
    QQuickWindow *m_window = nullptr; ///< The window the last key went to (for scanning).
};
