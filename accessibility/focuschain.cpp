// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/focuschain.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace {

bool reachable(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.0 && item->isEnabled();
}

void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!reachable(item))
        return;
    if (item->activeFocusOnTab())
        out << item;
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

/// Children in stacking order: higher z above, and among equals the later one above.
QList<QQuickItem *> stacked(QQuickItem *item)
{
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    return children;
}

/// The topmost item under the point that is a control or takes touches.
QQuickItem *hit(QQuickItem *item, QPointF scenePoint)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return nullptr;
    const QList<QQuickItem *> children = stacked(item);
    for (auto it = children.crbegin(); it != children.crend(); ++it)
        if (QQuickItem *found = hit(*it, scenePoint))
            return found;
    const bool inside = item->contains(item->mapFromScene(scenePoint));
    if (inside && (item->activeFocusOnTab() || item->acceptedMouseButtons() != Qt::NoButton || item->acceptTouchEvents()))
        return item;
    return nullptr;
}

} // namespace

bool FocusChain::isShown(const QQuickItem *item)
{
    for (const QQuickItem *it = item; it; it = it->parentItem())
        if (!it->isVisible() || it->opacity() <= 0.0)
            return false;
    return item != nullptr;
}

bool FocusChain::isTextInput(const QQuickItem *item)
{
    return item && (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"));
}

bool FocusChain::isDialog(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface && iface->role() == QAccessible::Dialog;
}

QQuickItem *FocusChain::scope(QQuickWindow *window)
{
    for (QQuickItem *it = window->activeFocusItem(); it; it = it->parentItem())
        if (it->isVisible() && isDialog(it))
            return it;
    return window->contentItem();
}

QList<QQuickItem *> FocusChain::items(QQuickWindow *window)
{
    QList<QQuickItem *> out;
    if (!window)
        return out;
    QQuickItem *root = scope(window);
    if (!isShown(root))
        return out;
    collect(root, out);
    return out;
}

QQuickItem *FocusChain::controlFor(QQuickItem *item)
{
    for (QQuickItem *it = item; it; it = it->parentItem())
        if (it->activeFocusOnTab() && reachable(it))
            return it;
    return nullptr;
}

QQuickItem *FocusChain::controlAt(QQuickWindow *window, QPointF scenePoint)
{
    if (!window)
        return nullptr;
    QQuickItem *found = hit(window->contentItem(), scenePoint);
    return found ? controlFor(found) : nullptr;
}

QQuickItem *FocusChain::findShown(QQuickItem *root, const QString &objectName)
{
    if (!root || !reachable(root))
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findShown(child, objectName))
            return found;
    return nullptr;
}

void FocusChain::activate(QQuickItem *control)
{
    if (!control)
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(control);
    QAccessibleActionInterface *actions = iface ? iface->actionInterface() : nullptr;
    if (actions && actions->actionNames().contains(QAccessibleActionInterface::pressAction())) {
        actions->doAction(QAccessibleActionInterface::pressAction());
        return;
    }
    // Controls without a press action answer Return, as a keyboard user would press it.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(control, &press);
    QCoreApplication::sendEvent(control, &release);
}
