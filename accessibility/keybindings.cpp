// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/keybindings.h"

#include <QKeySequence>
#include <QMetaEnum>
#include <QSettings>

namespace {

QKeyCombination plain(Qt::Key key)
{
    return QKeyCombination(Qt::NoModifier, key);
}

/// Keys that type text into a number or name field: never taken for navigation.
bool typesText(QKeyCombination key)
{
    const int k = key.key();
    return (k >= Qt::Key_0 && k <= Qt::Key_9) || (k >= Qt::Key_A && k <= Qt::Key_Z);
}

QString keyName(QKeyCombination key)
{
    return QKeySequence(key).toString(QKeySequence::PortableText);
}

} // namespace

KeyBindings KeyBindings::defaults()
{
    using A = Action;
    KeyBindings table;
    table.m_bindings = {
        {A::NextItem, {plain(Qt::Key_Tab)}},
        {A::PreviousItem, {plain(Qt::Key_Backtab)}},
        // The arrows move as the controls are laid out (a keypad's grid, the home tiles).
        {A::MoveUp, {plain(Qt::Key_Up)}},
        {A::MoveDown, {plain(Qt::Key_Down)}},
        {A::MoveLeft, {plain(Qt::Key_Left)}},
        {A::MoveRight, {plain(Qt::Key_Right)}},
        {A::NextPage, {plain(Qt::Key_PageDown)}},
        {A::PreviousPage, {plain(Qt::Key_PageUp)}},
        {A::Select, {plain(Qt::Key_Return), plain(Qt::Key_Enter), plain(Qt::Key_Space), plain(Qt::Key_Select)}},
        // Not Backspace: number pages use it to delete the last digit typed.
        {A::Back, {plain(Qt::Key_Escape), plain(Qt::Key_Back)}},
        {A::Home, {plain(Qt::Key_Home), plain(Qt::Key_HomePage)}},
        {A::Help, {plain(Qt::Key_F1), plain(Qt::Key_Help)}},
        {A::Repeat, {plain(Qt::Key_F2)}},
        {A::Language, {plain(Qt::Key_F3)}},
        {A::SpeechToggle, {plain(Qt::Key_F4)}},
        {A::VolumeDown, {plain(Qt::Key_F5), plain(Qt::Key_VolumeDown), plain(Qt::Key_Minus)}},
        {A::VolumeUp, {plain(Qt::Key_F6), plain(Qt::Key_VolumeUp), plain(Qt::Key_Plus)}},
        {A::RateDown, {plain(Qt::Key_F7), plain(Qt::Key_Slash)}},
        {A::RateUp, {plain(Qt::Key_F8), plain(Qt::Key_Asterisk)}},
        {A::PrivateListening, {plain(Qt::Key_F9)}},
        {A::TouchExplore, {plain(Qt::Key_F10)}},
        {A::ScreenBlank, {plain(Qt::Key_F11)}},
        {A::LowReach, {plain(Qt::Key_F12)}},
        {A::SwitchMove, {plain(Qt::Key_F13)}},
        {A::SwitchSelect, {plain(Qt::Key_F14)}},
    };
    return table;
}

KeyBindings KeyBindings::fromSettings(QSettings &settings, QStringList *problems)
{
    KeyBindings table = defaults();
    settings.beginGroup(QStringLiteral("keypad"));
    const QStringList names = settings.childKeys();
    for (const QString &name : names) {
        const Action action = actionFromName(name);
        const QVariant value = settings.value(name);
        const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString();
        if (action == Action::None) {
            if (problems)
                *problems << QStringLiteral("keypad/%1: no such action").arg(name);
            continue;
        }
        QList<QKeyCombination> keys;
        bool ok = true;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            const QKeySequence sequence = QKeySequence::fromString(part.trimmed(), QKeySequence::PortableText);
            if (sequence.count() != 1 || sequence[0].key() == Qt::Key_unknown) {
                if (problems)
                    *problems << QStringLiteral("keypad/%1: \"%2\" is not a key").arg(name, part.trimmed());
                ok = false;
                break;
            }
            keys << sequence[0];
        }
        QString problem;
        if (ok && !table.rebind(action, keys, &problem) && problems)
            *problems << QStringLiteral("keypad/%1: %2").arg(name, problem);
    }
    settings.endGroup();
    return table;
}

KeyBindings::Action KeyBindings::action(int key, Qt::KeyboardModifiers modifiers) const
{
    // Shift+Tab arrives as Backtab; other modifiers (a keypad's NumLock state) do not matter.
    Q_UNUSED(modifiers)
    for (const Binding &binding : m_bindings)
        for (const QKeyCombination &bound : binding.keys)
            if (bound.key() == key)
                return binding.action;
    return Action::None;
}

QList<QKeyCombination> KeyBindings::keys(Action action) const
{
    for (const Binding &binding : m_bindings)
        if (binding.action == action)
            return binding.keys;
    return {};
}

bool KeyBindings::rebind(Action action, const QList<QKeyCombination> &keys, QString *problem)
{
    if (action == Action::None)
        return false;
    for (const QKeyCombination &key : keys) {
        if (typesText(key)) {
            if (problem)
                *problem = QStringLiteral("%1 types text and cannot be bound").arg(keyName(key));
            return false;
        }
        const Action other = this->action(key.key());
        if (other != Action::None && other != action) {
            if (problem)
                *problem = QStringLiteral("%1 is already bound to %2").arg(keyName(key), actionName(other));
            return false;
        }
    }
    for (Binding &binding : m_bindings) {
        if (binding.action == action) {
            binding.keys = keys;
            return true;
        }
    }
    m_bindings.append({action, keys});
    return true;
}

QStringList KeyBindings::collisions() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        for (const QKeyCombination &key : m_bindings[i].keys) {
            for (qsizetype j = 0; j < m_bindings.size(); ++j) {
                if (i == j && m_bindings[i].keys.count(key) < 2)
                    continue;
                if (j < i)
                    continue;
                if (m_bindings[j].keys.contains(key) && (i != j || m_bindings[i].keys.count(key) > 1))
                    lines << QStringLiteral("%1: %2 and %3")
                                 .arg(keyName(key), actionName(m_bindings[i].action), actionName(m_bindings[j].action));
            }
            if (typesText(key))
                lines << QStringLiteral("%1: types text, bound to %2").arg(keyName(key), actionName(m_bindings[i].action));
        }
    }
    lines.removeDuplicates();
    return lines;
}

QString KeyBindings::actionName(Action action)
{
    const char *key = QMetaEnum::fromType<Action>().valueToKey(int(action));
    if (!key)
        return {};
    QString name = QString::fromLatin1(key);
    name[0] = name[0].toLower();
    return name;
}

KeyBindings::Action KeyBindings::actionFromName(const QString &name)
{
    for (Action action : allActions())
        if (actionName(action).compare(name, Qt::CaseInsensitive) == 0)
            return action;
    return Action::None;
}

QList<KeyBindings::Action> KeyBindings::allActions()
{
    QList<Action> actions;
    const QMetaEnum meta = QMetaEnum::fromType<Action>();
    for (int i = 0; i < meta.keyCount(); ++i)
        if (Action(meta.value(i)) != Action::None)
            actions << Action(meta.value(i));
    return actions;
}
