// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutauditor.h"

#include "accessibility/focuschain.h"
#include "accessibility/theme.h"

#include <QAccessible>
#include <QFont>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <functional>

namespace {

bool isIcon(const QQuickItem *text)
{
    return text->property("font").value<QFont>().family() == u"Material Icons";
}

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

bool isFocusRing(const QQuickItem *item)
{
    return QString::fromLatin1(item->metaObject()->className()).startsWith(u"FocusRing");
}

const QQuickItem *enclosingFlickable(const QQuickItem *item)
{
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (isFlickable(it))
            return it;
    return nullptr;
}

bool isInside(const QQuickItem *item, const QQuickItem *ancestor)
{
    for (const QQuickItem *it = item; it; it = it->parentItem())
        if (it == ancestor)
            return true;
    return false;
}

/// Shown at all: visible, and no ancestor faded out completely.
bool shown(const QQuickItem *item)
{
    for (const QQuickItem *it = item; it; it = it->parentItem())
        if (!it->isVisible() || it->opacity() <= 0.0)
            return false;
    return true;
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(item->boundingRect());
}

/// `ink` drawn at `opacity` over `paper`: the colour the eye gets.
QColor blended(const QColor &ink, const QColor &paper, qreal opacity)
{
    const qreal a = qBound(0.0, ink.alphaF() * opacity, 1.0);
    return QColor::fromRgbF(float(ink.redF() * a + paper.redF() * (1 - a)), float(ink.greenF() * a + paper.greenF() * (1 - a)),
                            float(ink.blueF() * a + paper.blueF() * (1 - a)));
}

QString geometry(QRectF r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(qRound(r.x())).arg(qRound(r.y())).arg(qRound(r.width())).arg(qRound(r.height()));
}

/// The midpoints of the four sides of `r`, moved `by` pixels outwards (inwards when negative).
QList<QPointF> sideMidpoints(QRectF r, qreal by)
{
    const QPointF c = r.center();
    return {{c.x(), r.top() - by}, {c.x(), r.bottom() + by}, {r.left() - by, c.y()}, {r.right() + by, c.y()}};
}

} // namespace

LayoutAuditor::LayoutAuditor(QQuickWindow *window, Options options, QStringList &problems)
    : m_window(window)
    , m_options(options)
    , m_problems(problems)
    , m_windowRect(0, 0, window->width(), window->height())
{
    m_painted.append({m_windowRect, window->color(), nullptr, nullptr, m_windowRect, 0});
}

QString LayoutAuditor::describe(const QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
        name = iface ? iface->text(QAccessible::Name) : QString();
    }
    if (name.isEmpty())
        name = item->property("text").toString();
    name = name.left(40);
    QString where;
    for (QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (!it->objectName().isEmpty()) {
            where = QStringLiteral(" in ") + it->objectName();
            break;
        }
    return QStringLiteral("%1 \"%2\"%3").arg(QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0), name, where);
}

void LayoutAuditor::problem(const QQuickItem *item, const QString &what)
{
    m_problems << describe(item) + QStringLiteral(": ") + what;
}

bool LayoutAuditor::behindDialog(const QQuickItem *item) const
{
    return m_dialog && !isInside(item, m_dialog);
}

void LayoutAuditor::run()
{
    if (QQuickItem *scope = FocusChain::scope(m_window); scope != m_window->contentItem())
        m_dialog = scope;
    collectCues(m_window->contentItem());
    visit(m_window->contentItem(), 1.0, true);
    if (m_focused && !m_ringTargets.contains(m_focused))
        problem(m_focused, QStringLiteral("has the focus but shows no focus ring"));
    auditOverlaps();
    auditWordsOnControls();
    for (const Shown &text : std::as_const(m_texts))
        if (!behindDialog(text.item))
            auditCovered(text, QStringLiteral("words"));
    if (m_options.checkFrame && !m_dialog)
        auditFrame();
}

void LayoutAuditor::collectCues(const QQuickItem *item)
{
    if (item->objectName() == u"moreBelow") {
        const auto *scroller = item->property("scroller").value<QQuickItem *>();
        const bool showing = shown(item) && item->property("more").toBool()
                             && m_windowRect.adjusted(-1, -1, 1, 1).contains(sceneRect(item));
        if (scroller)
            m_cues[scroller] = m_cues.value(scroller) || showing;
    }
    for (const QQuickItem *child : item->childItems())
        collectCues(child);
}

bool LayoutAuditor::cueShowing(const QQuickItem *flickable) const
{
    return m_cues.value(flickable, false);
}

QString LayoutAuditor::whyNotSeen(const QQuickItem *item, QRectF r, bool mayScroll) const
{
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem()) {
        const bool flickable = isFlickable(it);
        if (!flickable && !it->clip())
            continue;
        const QRectF frame = sceneRect(it);
        if (flickable && mayScroll) {
            // Nobody scrolls sideways: words wider than their list are cut.
            if (r.left() < frame.left() - 1 || r.right() > frame.right() + 1)
                return QStringLiteral("wider than its scrolling area %1 (%2 in %3)").arg(describe(it), geometry(r), geometry(frame));
            if (r.bottom() > frame.bottom() + 1 && !cueShowing(it))
                return QStringLiteral("below the visible part of %1 (%2 in %3) and no \"More below\" cue shows")
                    .arg(describe(it), geometry(r), geometry(frame));
            if (r.top() < frame.top() - 1 && it->property("contentY").toReal() <= 0)
                return QStringLiteral("above the top of %1").arg(describe(it));
            r = r.intersected(frame);
            if (r.isEmpty())
                return {}; // scrolled out of view: the cue says there is more
            continue;
        }
        if (!frame.adjusted(-1, -1, 1, 1).contains(r))
            return QStringLiteral("cut off by %1 (%2 in %3)").arg(describe(it), geometry(r), geometry(frame));
    }
    if (!m_windowRect.adjusted(-1, -1, 1, 1).contains(r))
        return QStringLiteral("outside the window (%1)").arg(geometry(r));
    return {};
}

QRectF LayoutAuditor::seenPart(const QQuickItem *item, QRectF r) const
{
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (isFlickable(it) || it->clip())
            r = r.intersected(sceneRect(it));
    return r.intersected(m_windowRect);
}

QColor LayoutAuditor::backgroundAt(QPointF point) const
{
    for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it)
        if (it->seen.contains(point))
            return it->color;
    return m_window->color();
}

QColor LayoutAuditor::backgroundInList(const QQuickItem *list, QPointF point) const
{
    for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it)
        if (it->list == list && it->rect.contains(point))
            return it->color;
    // Nothing of the list's own there: the page under the list shows through.
    const QPointF under = sceneRect(list).center();
    for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it)
        if (!it->list && it->seen.contains(under))
            return it->color;
    return m_window->color();
}

void LayoutAuditor::visit(QQuickItem *item, qreal opacity, bool enabled)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    opacity *= item->opacity();
    enabled = enabled && item->isEnabled();
    const int order = ++m_order;
    const QRectF rect = sceneRect(item);
    if (item->inherits("QQuickRectangle")) {
        const QColor color = item->property("color").value<QColor>();
        if (color.alphaF() >= 0.99 && opacity >= 0.99)
            m_painted.append({rect, color, item, enclosingFlickable(item), seenPart(item, rect), order});
    }
    if (isFocusRing(item))
        auditRing(item, rect);
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty())
        auditText(item, rect, opacity, enabled);
    if (item->activeFocusOnTab() && item->isEnabled())
        auditControl(item, rect);
    if (item->hasActiveFocus() && item->activeFocusOnTab())
        m_focused = item;

    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(), [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : children)
        visit(child, opacity, enabled);
}

void LayoutAuditor::auditControl(QQuickItem *item, QRectF rect)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    if (!iface) {
        problem(item, QStringLiteral("no accessible interface"));
        return;
    }
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane
        || role == QAccessible::StaticText || role == QAccessible::Grouping)
        problem(item, QStringLiteral("interactive but its accessible role says it is not (role %1)").arg(int(role)));
    if (iface->text(QAccessible::Name).trimmed().isEmpty())
        problem(item, QStringLiteral("no accessible name"));
    const int target = Theme::instance()->targetSize();
    if (!m_options.staffPage && (rect.width() < target - 1 || rect.height() < target - 1))
        problem(item, QStringLiteral("%1 x %2 px, smaller than the %3 px (15 mm) target").arg(rect.width()).arg(rect.height()).arg(target));
    const QString why = whyNotSeen(item, rect, true);
    if (!why.isEmpty())
        problem(item, why);
    m_controls.append({item, seenPart(item, rect), m_order});
}

void LayoutAuditor::auditText(QQuickItem *text, QRectF rect, qreal opacity, bool enabled)
{
    if (text->property("truncated").toBool())
        problem(text, QStringLiteral("truncated"));
    const qreal contentWidth = text->property("contentWidth").toReal();
    if (contentWidth > text->width() + 1 && text->width() > 0)
        problem(text, QStringLiteral("%1 px of text in %2 px").arg(contentWidth).arg(text->width()));
    // Where the words are painted: a centred or right-aligned line sits inside the item.
    const int alignment = text->property("horizontalAlignment").toInt();
    const qreal inkWidth = qMin(rect.width(), contentWidth);
    qreal inkX = rect.x();
    if (alignment & Qt::AlignHCenter)
        inkX += (rect.width() - inkWidth) / 2;
    else if (alignment & Qt::AlignRight)
        inkX += rect.width() - inkWidth;
    const QRectF inked(inkX, rect.y(), inkWidth, text->property("contentHeight").toReal());
    const QString why = whyNotSeen(text, inked, true);
    if (!why.isEmpty())
        problem(text, why);
    const QRectF seen = seenPart(text, inked);
    if (!seen.isEmpty())
        m_texts.append({text, seen, m_order});

    if (opacity < 0.05)
        return;
    // Text scrolled out of its list lies, in scene terms, over the bars around the list; it
    // is seen on what its own list paints there once scrolled in.
    const QQuickItem *list = enclosingFlickable(text);
    const bool scrolledOut = list && seen.isEmpty();
    const QColor paper = scrolledOut ? backgroundInList(list, inked.center()) : backgroundAt(seen.isEmpty() ? inked.center() : seen.center());
    const QColor ink = blended(text->property("color").value<QColor>(), paper, opacity);
    const double ratio = Theme::contrastRatio(ink, paper);
    // A disabled control's words must still be read (what it is, that it waits for something).
    const double needed = isIcon(text) ? 3.0 : enabled ? 7.0 : 4.5;
    if (ratio < needed - 0.01)
        problem(text, QStringLiteral("contrast %1:1 (%2 on %3%4), needs %5:1")
                          .arg(ratio, 0, 'f', 2)
                          .arg(ink.name(), paper.name(), enabled ? QString() : QStringLiteral(", disabled"))
                          .arg(needed));
}

void LayoutAuditor::auditRing(QQuickItem *ring, QRectF rect)
{
    if (!shown(ring))
        return;
    if (const auto *target = ring->property("target").value<QQuickItem *>())
        m_ringTargets << target;
    // The ring's bands, outermost first: the ring's own border, then any inner ring inside it
    // (a two-tone ring is a ring within a ring).
    struct Band
    {
        QColor color;
        qreal width;
        QRectF rect;
    };
    QList<Band> bands;
    std::function<void(const QQuickItem *)> collect = [&](const QQuickItem *item) {
        if (!item->isVisible())
            return;
        if (item->inherits("QQuickRectangle")) {
            const qreal width = item->property("border").value<QObject *>() ? item->property("border").value<QObject *>()->property("width").toReal() : 0;
            const QColor color = item->property("border").value<QObject *>() ? item->property("border").value<QObject *>()->property("color").value<QColor>() : QColor();
            if (width > 0 && color.alphaF() > 0.5)
                bands.append({color, width, sceneRect(item)});
        }
        for (const QQuickItem *child : item->childItems())
            collect(child);
    };
    collect(ring);
    if (bands.isEmpty()) {
        problem(ring, QStringLiteral("a focus ring with no visible border"));
        return;
    }
    ++m_ringsAudited;
    qreal width = 0;
    for (const Band &band : bands)
        width += band.width;
    const qreal needed = Theme::instance()->mm(1.5);
    if (width < needed - 0.5)
        problem(ring, QStringLiteral("focus ring %1 px wide, thinner than %2 px (1.5 mm)").arg(width).arg(needed));

    // Only where the ring is seen: a control scrolled out of its list shows no ring there.
    const QRectF viewport = seenPart(ring, m_windowRect);
    auto check = [&](const QColor &tone, const QList<QPointF> &points, const QString &where) {
        for (const QPointF &point : points) {
            if (!viewport.contains(point))
                continue;
            const QColor touched = backgroundAt(point);
            const double ratio = Theme::contrastRatio(tone, touched);
            if (ratio < 3.0 - 0.01) {
                problem(ring, QStringLiteral("focus ring %1 on %2 (%3) is %4:1, needs 3:1").arg(tone.name(), touched.name(), where).arg(ratio, 0, 'f', 2));
                return;
            }
        }
    };
    // The outer tone against what lies around the ring, the inner tone against what lies just
    // inside it and against the control's own fill.
    check(bands.constFirst().color, sideMidpoints(rect, 1), QStringLiteral("around it"));
    const Band &inner = bands.constLast();
    check(inner.color, sideMidpoints(inner.rect, -(inner.width + 1)), QStringLiteral("inside it"));
    if (const auto *target = ring->property("target").value<QQuickItem *>()) {
        const QRectF fill = sceneRect(target);
        qreal border = 0;
        if (auto *b = target->property("border").value<QObject *>())
            border = b->property("width").toReal();
        if (fill.width() > 2 * border + 4 && fill.height() > 2 * border + 4)
            check(inner.color, sideMidpoints(fill, -(border + 2)), QStringLiteral("the control's fill"));
    }
}

void LayoutAuditor::auditOverlaps()
{
    for (qsizetype i = 0; i < m_controls.size(); ++i) {
        const Shown &a = m_controls.at(i);
        if (a.seen.isEmpty() || behindDialog(a.item))
            continue;
        for (qsizetype j = i + 1; j < m_controls.size(); ++j) {
            const Shown &b = m_controls.at(j);
            if (b.seen.isEmpty() || behindDialog(b.item) || isInside(a.item, b.item) || isInside(b.item, a.item))
                continue;
            const QRectF common = a.seen.adjusted(1, 1, -1, -1).intersected(b.seen.adjusted(1, 1, -1, -1));
            if (!common.isEmpty())
                problem(b.item, QStringLiteral("overlaps %1 (%2)").arg(describe(a.item), geometry(common)));
        }
    }
}

/// Words that are no part of a control must not lie over it, whichever is painted last (a
/// button laid over the instruction below it is "covered" by neither paint rule).
void LayoutAuditor::auditWordsOnControls()
{
    for (const Shown &text : std::as_const(m_texts)) {
        const QRectF inner = text.seen.adjusted(1, 1, -1, -1);
        if (inner.isEmpty() || behindDialog(text.item))
            continue;
        for (const Shown &control : std::as_const(m_controls)) {
            if (control.seen.isEmpty() || behindDialog(control.item) || isInside(text.item, control.item)
                || isInside(control.item, text.item))
                continue;
            const QRectF common = control.seen.intersected(inner);
            if (!common.isEmpty() && common.height() > qMax(2.0, inner.height() / 10) && common.width() > 2) {
                problem(text.item, QStringLiteral("words lie over %1 (%2)").arg(describe(control.item), geometry(common)));
                break;
            }
        }
    }
}

void LayoutAuditor::auditCovered(const Shown &shownItem, const QString &what)
{
    const QRectF inner = shownItem.seen.adjusted(1, 1, -1, -1);
    if (inner.isEmpty())
        return;
    for (const Paint &paint : std::as_const(m_painted)) {
        if (paint.order <= shownItem.order || !paint.item || isInside(paint.item, shownItem.item))
            continue;
        const QRectF common = paint.seen.intersected(inner);
        // A sliver under a neighbour's border is no cover; a tenth of the height is.
        if (!common.isEmpty() && common.height() > qMax(2.0, inner.height() / 10) && common.width() > 2) {
            problem(shownItem.item, QStringLiteral("%1 covered by %2 (%3)").arg(what, describe(paint.item), geometry(common)));
            return;
        }
    }
}

void LayoutAuditor::auditFrame()
{
    QList<QQuickItem *> required;
    QQuickItem *content = m_window->contentItem();
    std::function<void(QQuickItem *)> find = [&](QQuickItem *item) {
        const QString name = item->objectName();
        if (name == u"backButton" || name == u"homeButton" || name == u"finishButton" || name == u"callStaffButton") {
            // Back is kept in its place but hidden where there is nowhere to go back to.
            if (shown(item) && item->isEnabled())
                required << item;
            return;
        }
        if (name == u"pageLoader") {
            auto *page = item->property("item").value<QQuickItem *>();
            if (auto *action = page ? page->property("primaryAction").value<QQuickItem *>() : nullptr) {
                if (!shown(action))
                    problem(action, QStringLiteral("the page's primary action is not shown"));
                else
                    required << action;
            }
        }
        for (QQuickItem *child : item->childItems())
            find(child);
    };
    find(content);
    for (QQuickItem *item : std::as_const(required)) {
        const QString why = whyNotSeen(item, sceneRect(item), false);
        if (!why.isEmpty())
            problem(item, QStringLiteral("must be wholly on screen: ") + why);
        for (const Shown &control : std::as_const(m_controls))
            if (control.item == item)
                auditCovered(control, QStringLiteral("must be wholly on screen:"));
    }
}
