// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/focuschain.h"
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
/// exactly what the touch buttons do. Help presses the top bar's helpButton, which opens the
/// Help overlay; in the overlay, Help, Back and previous page press its helpCloseButton.
///
/// Tab steps through the controls in reading order; the arrows move to the control that lies
/// that way on the screen (FocusChain::neighbour), and where none does, on in reading order.
///
/// Digits typed on a keyboard go to the page (a number entry), not to the focused key of its
/// on-screen keypad: once its Confirm (key_confirm) can be pressed, the focus moves from the
/// keypad's key to it, and Return right after typing never presses a digit key.
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
    /// Moves the focus to the control on the screen that way (see FocusChain::neighbour).
    void moveInDirection(QQuickWindow *window, FocusChain::Direction direction);

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
    /// After a digit typed on a keyboard: off the on-screen keypad's key, to its Confirm.
    void leaveKeypadKey(QQuickWindow *window);
    /// Return right after typing: Confirm when it can be pressed, never the focused digit key.
    void confirmTypedEntry(QQuickWindow *window);
    /// Back, or previous page without a previousButton: the page's Back, or a dialog's Close.
    void goBack(QQuickItem *scope);

    KeyBindings m_bindings;
    SwitchScanner m_switches;
    QQuickWindow *m_window = nullptr; ///< The window the last key went to (for scanning).
    bool m_typing = false; ///< The last key was a digit typed (not a move or a touch).
};
