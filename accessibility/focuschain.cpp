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

/// The scrolling view (Flickable, ListView ...) `item` sits in, or nullptr.
const QQuickItem *scrollView(const QQuickItem *item)
{
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (it->inherits("QQuickFlickable"))
            return it;
    return nullptr;
}

/// What of `item` can be seen: its scene rectangle cut by every clipping item it sits in.
QRectF visiblePart(const QQuickItem *item)
{
    QRectF rect = item->mapRectToScene(item->boundingRect());
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (it->clip())
            rect = rect.intersected(it->mapRectToScene(it->boundingRect()));
    return rect;
}

/// How far `to` lies from `from` in `direction`, as a score (smaller is nearer); negative when
/// it does not lie that way: it must be further that way, not mostly in the same row (or
/// column), and in line with `from` (the two overlap across the direction: the key below, not
/// one below and beside). The gap counts; the centres' offset across decides between equals.
qreal distanceTowards(const QRectF &from, const QRectF &to, FocusChain::Direction direction)
{
    using D = FocusChain::Direction;
    const bool vertical = direction == D::Up || direction == D::Down;
    const bool forward = direction == D::Down || direction == D::Right;
    const qreal along = vertical ? to.center().y() - from.center().y() : to.center().x() - from.center().x();
    if ((forward ? along : -along) <= 0)
        return -1;
    const qreal shared = vertical ? qMin(from.bottom(), to.bottom()) - qMax(from.top(), to.top())
                                  : qMin(from.right(), to.right()) - qMax(from.left(), to.left());
    const qreal smaller = vertical ? qMin(from.height(), to.height()) : qMin(from.width(), to.width());
    if (shared > smaller / 2)
        return -1;
    const qreal across = vertical ? qMin(from.right(), to.right()) - qMax(from.left(), to.left())
                                  : qMin(from.bottom(), to.bottom()) - qMax(from.top(), to.top());
    if (across <= 0)
        return -1;
    const qreal gap = qMax<qreal>(0, vertical ? (forward ? to.top() - from.bottom() : from.top() - to.bottom())
                                              : (forward ? to.left() - from.right() : from.left() - to.right()));
    const qreal offset = vertical ? qAbs(to.center().x() - from.center().x()) : qAbs(to.center().y() - from.center().y());
    return gap + offset / 1000;
}

} // namespace

QQuickItem *FocusChain::neighbour(QQuickWindow *window, QQuickItem *from, Direction direction)
{
    if (!from)
        return nullptr;
    const QList<QQuickItem *> chain = items(window);
    const QRectF origin = from->mapRectToScene(from->boundingRect());
    const QQuickItem *view = scrollView(from);
    // First pass: the controls of the same scrolling view (from inside it), or those on view.
    // Second pass: any control that way.
    for (int pass = 0; pass < 2; ++pass) {
        QQuickItem *best = nullptr;
        qreal bestScore = 0;
        for (QQuickItem *candidate : chain) {
            if (candidate == from)
                continue;
            const QQuickItem *candidateView = scrollView(candidate);
            if (pass == 0) {
                const bool sameView = view && candidateView == view;
                if (view && !sameView)
                    continue;
                if (!view && visiblePart(candidate).isEmpty())
                    continue;
            }
            const qreal score = distanceTowards(origin, candidate->mapRectToScene(candidate->boundingRect()), direction);
            if (score >= 0 && (!best || score < bestScore)) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best)
            return best;
    }
    return nullptr;
}

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
