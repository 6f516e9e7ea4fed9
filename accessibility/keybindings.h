// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeyCombination>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

/// @brief The one table of every key the kiosk answers (EZ Access / VotingWorks style), so
/// bindings stay consistent and can never collide.
///
/// A USB keypad, a keyboard or a switch interface sends ordinary keys; each key maps to at
/// most one action. Digits and letters are never bound: they are typed into number fields.
/// A station may rebind any action in its INI file, group [keypad], e.g.
/// `repeat = F2, *`; a binding that would collide is refused and reported.
class KeyBindings
{
    Q_GADGET

public:
    enum class Action {
        None,
        NextItem,     ///< Tab: the next control in reading order (what a switch steps through).
        PreviousItem, ///< Shift+Tab: the previous one.
        MoveUp,       ///< Arrows: the control above, below, left or right of the focused one on
        MoveDown,     ///< the screen (KeypadNavigator::moveInDirection).
        MoveLeft,
        MoveRight,
        NextPage,
        PreviousPage,
        Select,
        Back,
        Home,
        Help,
        Repeat,
        Language,
        VolumeUp,
        VolumeDown,
        RateUp,
        RateDown,
        SpeechToggle,
        PrivateListening,
        TouchExplore,
        ScreenBlank,
        LowReach,
        SwitchMove,   ///< Switch 1: starts one-switch scanning and then chooses; or moves with two switches.
        SwitchSelect, ///< Switch 2: chooses (two-switch use).
    };
    Q_ENUM(Action)

    struct Binding
    {
        Action action = Action::None;
        QList<QKeyCombination> keys;
    };

    /// The kiosk's built-in table (keypad.md in this folder lists it for the station).
    [[nodiscard]] static KeyBindings defaults();
    /// The defaults with the station's [keypad] group applied; problems go to `problems`.
    [[nodiscard]] static KeyBindings fromSettings(QSettings &settings, QStringList *problems = nullptr);

    /// The action bound to `key` (modifiers other than Shift for Backtab are ignored).
    [[nodiscard]] Action action(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    [[nodiscard]] QList<QKeyCombination> keys(Action action) const;
    [[nodiscard]] const QList<Binding> &bindings() const { return m_bindings; }
    /// Replaces the keys of `action`; refuses (and says why) keys bound elsewhere or typed text.
    bool rebind(Action action, const QList<QKeyCombination> &keys, QString *problem = nullptr);
    /// Every key bound to two actions, as readable lines (empty for a sound table).
    [[nodiscard]] QStringList collisions() const;

    [[nodiscard]] static QString actionName(Action action);
    [[nodiscard]] static Action actionFromName(const QString &name);
    [[nodiscard]] static QList<Action> allActions();

private:
    QList<Binding> m_bindings;
};
