// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/touchexplorer.h"

#include "accessibility/announcer.h"
#include "accessibility/focuschain.h"
#include "accessibility/visitorsettings.h"

#include <QAccessible>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTouchEvent>

TouchExplorer::TouchExplorer(QObject *parent)
    : QObject(parent)
{
}

bool TouchExplorer::active() const
{
    const auto *settings = VisitorSettings::instance();
    return settings->touchExplore() && settings->speechOn() && !Announcer::instance()->staffMode();
}

void TouchExplorer::reset()
{
    m_explored = nullptr;
    m_swallowing = false;
}

bool TouchExplorer::eventFilter(QObject *watched, QEvent *event)
{
    // Touches reach the window first and are then passed to items; judge once, at the window.
    auto *window = qobject_cast<QQuickWindow *>(watched);
    if (!window)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        // Mouse events Qt made up from a touch were judged as the touch.
        if (mouse->source() != Qt::MouseEventNotSynthesized)
            return m_swallowing;
        const Phase phase = event->type() == QEvent::MouseMove           ? Phase::Move
                            : event->type() == QEvent::MouseButtonRelease ? Phase::Release
                                                                          : Phase::Press;
        if (phase == Phase::Move && !(mouse->buttons() & Qt::LeftButton))
            return false;
        return handle(window, phase, mouse->scenePosition());
    }
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return false;
        const Phase phase = event->type() == QEvent::TouchBegin ? Phase::Press
                            : event->type() == QEvent::TouchEnd ? Phase::Release
                                                                : Phase::Move;
        const bool taken = handle(window, phase, touch->points().constFirst().scenePosition());
        if (taken)
            event->accept(); // taken: Qt must not turn it into a mouse click either
        return taken;
    }
    default:
        return false;
    }
}

bool TouchExplorer::handle(QQuickWindow *window, Phase phase, QPointF scenePoint)
{
    if (phase == Phase::Press) {
        // Any touch silences what is being said (accessibility.md: speech stops on any action).
        Announcer::instance()->stop();
        if (!active()) {
            m_swallowing = false;
            return false;
        }
        QQuickItem *control = FocusChain::controlAt(window, scenePoint);
        if (control && control == m_explored) {
            // The second touch on the control that was read out: a real press.
            m_swallowing = false;
            return false;
        }
        m_swallowing = true;
        explore(control);
        return true;
    }
    if (!m_swallowing)
        return false;
    if (phase == Phase::Move) {
        QQuickItem *control = FocusChain::controlAt(window, scenePoint);
        if (control && control != m_explored)
            explore(control);
    } else {
        m_swallowing = false;
    }
    return true;
}

void TouchExplorer::explore(QQuickItem *control)
{
    m_explored = control;
    if (!control)
        return;
    // Focus shows where the finger is and makes the control speak its name, role and state
    // (KioskButton, HomeTile); a control that already had the focus is read here.
    const bool hadFocus = control->hasActiveFocus();
    control->forceActiveFocus(Qt::MouseFocusReason);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(control);
    if (hadFocus && iface)
        Announcer::instance()->focused(iface->text(QAccessible::Name), QStringLiteral("button"), {},
                                       iface->text(QAccessible::Description));
}
