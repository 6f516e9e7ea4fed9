// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

class QQuickItem;
class QQuickWindow;

/// @brief The controls a keypad or a switch steps through, in the order they are shown.
///
/// Skips hidden, transparent and disabled controls; while a dialog (an item whose accessible
/// role is Dialog) holds the focus, only its own controls count, so focus can neither escape
/// a dialog nor be trapped once the dialog closes.
class FocusChain
{
public:
    enum class Direction { Up, Down, Left, Right };

    /// Every control a visitor can reach now, in tree order (which the kiosk's layouts keep
    /// equal to reading order: rows top to bottom, left to right).
    [[nodiscard]] static QList<QQuickItem *> items(QQuickWindow *window);
    /// The reachable control nearest to `from` on the screen in `direction` (the key below
    /// "2" on a keypad is "5"), or nullptr when there is none that way. Inside a scrolling view
    /// the controls of the same view come first, as they are laid out, shown or scrolled away;
    /// from outside it, only what the view shows counts, unless nothing else lies that way.
    [[nodiscard]] static QQuickItem *neighbour(QQuickWindow *window, QQuickItem *from, Direction direction);
    /// The dialog holding the focus, or the window's content.
    [[nodiscard]] static QQuickItem *scope(QQuickWindow *window);
    /// The reachable control that is `item` or contains it, or nullptr.
    [[nodiscard]] static QQuickItem *controlFor(QQuickItem *item);
    /// The topmost control under `scenePoint`; nullptr where a touch reaches no control
    /// (an empty spot, or a cover that blocks touches).
    [[nodiscard]] static QQuickItem *controlAt(QQuickWindow *window, QPointF scenePoint);
    /// A visible, enabled item with this objectName under `root`, or nullptr.
    [[nodiscard]] static QQuickItem *findShown(QQuickItem *root, const QString &objectName);
    /// Presses `control` as a visitor would (its accessible press action, else Return).
    static void activate(QQuickItem *control);
    /// Whether `item` is shown: visible and not fully transparent, up to the window.
    [[nodiscard]] static bool isShown(const QQuickItem *item);
    /// Whether `item` takes typed text (the keypad leaves editing keys to it).
    [[nodiscard]] static bool isTextInput(const QQuickItem *item);
    [[nodiscard]] static bool isDialog(QQuickItem *item);
};
