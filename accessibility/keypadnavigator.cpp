// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/keypadnavigator.h"

#include "accessibility/announcer.h"
#include "accessibility/focuschain.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/visitorsettings.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>

#include <utility>

namespace {

using Action = KeyBindings::Action;

/// Keys a focused text field uses for editing.
bool editingKey(int key)
{
    return key == Qt::Key_Backspace || key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Space
           || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Delete;
}

/// Keys that type into a number entry (digits and the X of an ID number).
bool typingKey(int key)
{
    return (key >= Qt::Key_0 && key <= Qt::Key_9) || key == Qt::Key_X;
}

/// A key of an on-screen number keypad (NumberKeypad: key_0 ... key_9, key_extra, key_delete),
/// not its Confirm.
bool keypadKey(const QQuickItem *control)
{
    if (!control)
        return false;
    const QString name = control->objectName();
    return name.startsWith(u"key_") && name != u"key_confirm";
}

/// A shown item named `name` under `root`, enabled or not (a Confirm that waits).
const QQuickItem *namedShown(const QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible() || root->opacity() <= 0.0)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (const QQuickItem *child : root->childItems())
        if (const QQuickItem *found = namedShown(child, name))
            return found;
    return nullptr;
}

} // namespace

KeypadNavigator::KeypadNavigator(KeyBindings bindings, QObject *parent)
    : QObject(parent)
    , m_bindings(std::move(bindings))
{
    connect(&m_switches, &SwitchScanner::moveRequested, this, [this] {
        QQuickWindow *window = m_window ? m_window : qobject_cast<QQuickWindow *>(QGuiApplication::focusWindow());
        moveFocus(window, 1);
    });
    connect(&m_switches, &SwitchScanner::selectRequested, this, [this] {
        QQuickWindow *window = m_window ? m_window : qobject_cast<QQuickWindow *>(QGuiApplication::focusWindow());
        perform(Action::Select, window);
    });
    connect(&m_switches, &SwitchScanner::modeChanged, this, [this](SwitchScanner::Mode mode) {
        if (mode == SwitchScanner::Mode::Scan)
            Announcer::instance()->sayNow(Announcer::instance()->phrase(QStringLiteral("scanOn"))
                                              .arg(m_switches.intervalMs() / 1000.0));
        else if (mode == SwitchScanner::Mode::TwoSwitch)
            Announcer::instance()->sayPhrase(QStringLiteral("twoSwitchOn"));
    });
}

QStringList KeypadNavigator::configure(const QString &iniPath)
{
    QStringList problems;
    if (iniPath.isEmpty())
        return problems;
    QSettings settings(iniPath, QSettings::IniFormat);
    m_bindings = KeyBindings::fromSettings(settings, &problems);
    m_switches.configure(settings);
    return problems;
}

void KeypadNavigator::reset()
{
    m_switches.stop();
}

bool KeypadNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin) {
        m_typing = false; // a touch on a key types with that key
        return false;
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    // Keys reach the window first and are then passed to items; act once, at the window.
    auto *window = qobject_cast<QQuickWindow *>(watched);
    if (!window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const Action action = m_bindings.action(key->key(), key->modifiers());
    if (action == Action::None) {
        if (typingKey(key->key()) && !FocusChain::isTextInput(window->activeFocusItem())) {
            m_typing = true;
            // On the release the page has taken the digit, and Confirm knows whether it can go.
            if (event->type() == QEvent::KeyRelease)
                leaveKeypadKey(window);
        }
        return false;
    }
    QQuickItem *focus = window->activeFocusItem();
    if (FocusChain::isTextInput(focus) && editingKey(key->key()))
        return false;
    if (FocusChain::items(window).isEmpty())
        return false; // the attract screen: any key starts a session
    if (event->type() == QEvent::KeyRelease)
        return true;
    if (key->isAutoRepeat())
        return true; // held keys do not repeat (accessibility.md: repeat delay of 2 s or more)
    m_window = window;
    emit keypadUsed();
    if (action != Action::Repeat)
        Announcer::instance()->stop();
    if (action == Action::Select && std::exchange(m_typing, false)
        && keypadKey(FocusChain::controlFor(window->activeFocusItem()))) {
        confirmTypedEntry(window);
        return true;
    }
    m_typing = false;
    if (action == Action::SwitchMove || action == Action::SwitchSelect) {
        m_switches.press(action == Action::SwitchMove ? SwitchScanner::Switch::Move : SwitchScanner::Switch::Select);
        return true;
    }
    return perform(action, window);
}

void KeypadNavigator::leaveKeypadKey(QQuickWindow *window)
{
    // On a keypad key, or on no control at all (a Confirm that had the focus and had to wait
    // again, as an ID page's does between an old 15-digit number and a whole new one).
    const QQuickItem *control = FocusChain::controlFor(window->activeFocusItem());
    if (control && !keypadKey(control))
        return;
    QQuickItem *scope = FocusChain::scope(window);
    if (QQuickItem *confirm = FocusChain::findShown(scope, QStringLiteral("key_confirm")))
        confirm->forceActiveFocus(Qt::OtherFocusReason);
    else if (!control)
        // Confirm had to wait again and took the focus with it: the ring goes to Delete, where
        // a visitor mends the number, instead of nowhere (Return after typing still says that
        // Confirm waits; it never presses Delete).
        if (QQuickItem *mend = FocusChain::findShown(scope, QStringLiteral("key_delete")))
            mend->forceActiveFocus(Qt::OtherFocusReason);
}

void KeypadNavigator::confirmTypedEntry(QQuickWindow *window)
{
    QQuickItem *scope = FocusChain::scope(window);
    if (QQuickItem *confirm = FocusChain::findShown(scope, QStringLiteral("key_confirm"))) {
        FocusChain::activate(confirm);
        return;
    }
    // Not yet: Return after typing never types the focused key again; the visitor hears that
    // Confirm waits for the rest of the number.
    if (const QQuickItem *waiting = namedShown(scope, QStringLiteral("key_confirm")))
        Announcer::instance()->focused(waiting->property("text").toString(), QStringLiteral("button"),
                                       QStringLiteral("unavailable"));
}

void KeypadNavigator::goBack(QQuickItem *scope)
{
    if (QQuickItem *back = FocusChain::findShown(scope, QStringLiteral("backButton")))
        FocusChain::activate(back);
    else
        FocusChain::activate(FocusChain::findShown(scope, QStringLiteral("helpCloseButton")));
}

void KeypadNavigator::moveInDirection(QQuickWindow *window, FocusChain::Direction direction)
{
    using D = FocusChain::Direction;
    const bool forward = direction == D::Down || direction == D::Right;
    QQuickItem *current = FocusChain::controlFor(window->activeFocusItem());
    const QList<QQuickItem *> chain = FocusChain::items(window);
    if (current && chain.contains(current)) {
        if (QQuickItem *next = FocusChain::neighbour(window, current, direction)) {
            next->forceActiveFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
    // Nothing lies that way (the end of a row, the bottom of the screen): on in reading order.
    moveFocus(window, forward ? 1 : -1);
}

void KeypadNavigator::moveFocus(QQuickWindow *window, int steps)
{
    const QList<QQuickItem *> chain = FocusChain::items(window);
    if (chain.isEmpty())
        return;
    const qsizetype current = chain.indexOf(FocusChain::controlFor(window->activeFocusItem()));
    qsizetype next;
    if (current < 0)
        next = steps > 0 ? 0 : chain.size() - 1;
    else
        next = ((current + steps) % chain.size() + chain.size()) % chain.size();
    chain.at(next)->forceActiveFocus(steps > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

bool KeypadNavigator::perform(Action action, QQuickWindow *window)
{
    if (!window)
        return false;
    auto *announcer = Announcer::instance();
    auto *settings = VisitorSettings::instance();
    QQuickItem *scope = FocusChain::scope(window);
    switch (action) {
    case Action::None:
    case Action::SwitchMove:
    case Action::SwitchSelect:
        return false;
    case Action::NextItem:
        moveFocus(window, 1);
        return true;
    case Action::PreviousItem:
        moveFocus(window, -1);
        return true;
    case Action::MoveUp:
        moveInDirection(window, FocusChain::Direction::Up);
        return true;
    case Action::MoveDown:
        moveInDirection(window, FocusChain::Direction::Down);
        return true;
    case Action::MoveLeft:
        moveInDirection(window, FocusChain::Direction::Left);
        return true;
    case Action::MoveRight:
        moveInDirection(window, FocusChain::Direction::Right);
        return true;
    case Action::Select: {
        QQuickItem *control = FocusChain::controlFor(window->activeFocusItem());
        if (!control)
            return false;
        FocusChain::activate(control);
        return true;
    }
    case Action::Back:
        goBack(scope);
        return true;
    case Action::Home:
        FocusChain::activate(FocusChain::findShown(scope, QStringLiteral("homeButton")));
        return true;
    case Action::NextPage:
        // A number entry's Next is its keypad's Confirm (key_confirm).
        if (QQuickItem *next = FocusChain::findShown(scope, QStringLiteral("nextButton")))
            FocusChain::activate(next);
        else
            FocusChain::activate(FocusChain::findShown(scope, QStringLiteral("key_confirm")));
        return true;
    case Action::PreviousPage:
        if (QQuickItem *previous = FocusChain::findShown(scope, QStringLiteral("previousButton")))
            FocusChain::activate(previous);
        else
            goBack(scope);
        return true;
    case Action::Help:
        // Help again closes the overlay; the top bar's Help opens it (and says it).
        if (QQuickItem *close = FocusChain::findShown(scope, QStringLiteral("helpCloseButton")))
            FocusChain::activate(close);
        else if (QQuickItem *help = FocusChain::findShown(scope, QStringLiteral("helpButton")))
            FocusChain::activate(help);
        else
            announcer->help(); // a dialog over the page (the time-out warning): the words again
        return true;
    case Action::Repeat:
        announcer->repeat();
        return true;
    case Action::Language:
        // The page speaks itself again in the new language (KioskPage).
        settings->toggleLanguage();
        return true;
    case Action::VolumeUp:
    case Action::VolumeDown:
    case Action::RateUp:
    case Action::RateDown:
        stepSpeech(action);
        return true;
    case Action::SpeechToggle:
        if (settings->speechOn())
            announcer->sayPhrase(QStringLiteral("speechOff"));
        settings->setSpeechOn(!settings->speechOn());
        if (settings->speechOn())
            announcer->sayPhrase(QStringLiteral("speechOn"));
        return true;
    case Action::PrivateListening:
        settings->setPrivateListening(!settings->privateListening());
        announceToggle(settings->privateListening(), "privateOn", "privateOff");
        return true;
    case Action::TouchExplore:
        settings->setTouchExplore(!settings->touchExplore());
        announceToggle(settings->touchExplore(), "exploreOn", "exploreOff");
        return true;
    case Action::ScreenBlank:
        settings->setScreenBlanked(!settings->screenBlanked());
        announceToggle(!settings->screenBlanked(), "screenOn", "screenOff");
        return true;
    case Action::LowReach:
        settings->setLowReach(!settings->lowReach());
        announceToggle(settings->lowReach(), "lowReachOn", "lowReachOff");
        return true;
    }
    return false;
}

void KeypadNavigator::announceToggle(bool on, const char *onKey, const char *offKey)
{
    Announcer::instance()->sayPhrase(QString::fromLatin1(on ? onKey : offKey));
}

void KeypadNavigator::stepSpeech(Action action)
{
    auto *announcer = Announcer::instance();
    speech::SpeechEngine *engine = announcer->engine();
    if (!engine)
        return;
    const bool volume = action == Action::VolumeUp || action == Action::VolumeDown;
    const int delta = (action == Action::VolumeUp || action == Action::RateUp) ? 1 : -1;
    if (volume) {
        engine->setVolumeStep(engine->volumeStep() + delta);
        announcer->sayNow(announcer->phrase(QStringLiteral("volume"))
                              .arg(engine->volumeStep() + 1)
                              .arg(speech::SpeechEngine::volumeStepCount()));
    } else {
        engine->setRateStep(engine->rateStep() + delta);
        announcer->sayNow(announcer->phrase(QStringLiteral("rate"))
                              .arg(engine->rateStep() + 1)
                              .arg(speech::SpeechEngine::rateStepCount()));
    }
}
