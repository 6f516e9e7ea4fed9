// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QStringList>

class QObject;
class QQuickItem;
class QQuickWindow;

/// @brief Walks the kiosk's window in painting order and records every problem a visitor would
/// meet on the screen as it is now: words cut off, outside the window or below a scrolling area
/// that shows no "More below" cue; the page's primary action or Back/Home/I'm finished/Call staff
/// not wholly on screen or covered; controls overlapping each other or smaller than 15 mm; a
/// focus ring thinner than 1.5 mm or under 3:1 against what it touches; text under 7:1 (4.5:1
/// on a disabled control, 3:1 for a pictogram); controls without an accessible role or name.
class LayoutAuditor
{
public:
    struct Options
    {
        /// Staff screens are used by trained staff with a mouse: no 15 mm rule.
        bool staffPage = false;
        /// The page's primary action and the bottom bar must be on screen and uncovered (not
        /// while a dialog covers the whole window on purpose, as the time-out warning does).
        bool checkFrame = true;
    };

    LayoutAuditor(QQuickWindow *window, Options options, QStringList &problems);
    void run();
    /// How many focus rings were measured (the focused control's ring, when one has the focus).
    [[nodiscard]] int ringsAudited() const { return m_ringsAudited; }

    /// "KioskButton "Send" in pageBody": how a problem names an item.
    [[nodiscard]] static QString describe(const QQuickItem *item);

private:
    struct Paint
    {
        QRectF rect;
        QColor color;
        const QQuickItem *item = nullptr;
        const QQuickItem *list = nullptr; ///< the scrolled list it is painted in, if any
        QRectF seen;                      ///< the part of `rect` inside its list's frame
        int order = 0;
    };
    struct Shown
    {
        const QQuickItem *item = nullptr;
        QRectF seen; ///< the part a visitor can see: inside its lists' frames, clips and the window
        int order = 0;
    };

    void problem(const QQuickItem *item, const QString &what);
    void collectCues(const QQuickItem *item);
    void visit(QQuickItem *item, qreal opacity, bool enabled);
    void auditText(QQuickItem *text, QRectF rect, qreal opacity, bool enabled);
    void auditControl(QQuickItem *item, QRectF rect);
    void auditRing(QQuickItem *ring, QRectF rect);
    void auditFrame();
    void auditOverlaps();
    void auditWordsOnControls();
    void auditCovered(const Shown &shown, const QString &what);

    /// Why (part of) `rect`, the scene rectangle of `item` or of its words, cannot be seen, or
    /// an empty string. `mayScroll`: a part below a scrolling area is fine while the area shows
    /// its "More below" cue (content the visitor scrolls to); otherwise it must be in view.
    [[nodiscard]] QString whyNotSeen(const QQuickItem *item, QRectF rect, bool mayScroll) const;
    [[nodiscard]] QRectF seenPart(const QQuickItem *item, QRectF rect) const;
    [[nodiscard]] bool cueShowing(const QQuickItem *flickable) const;
    [[nodiscard]] QColor backgroundAt(QPointF point) const;
    [[nodiscard]] QColor backgroundInList(const QQuickItem *list, QPointF point) const;

    QQuickWindow *m_window;
    Options m_options;
    QStringList &m_problems;
    QRectF m_windowRect;
    QList<Paint> m_painted;
    QList<Shown> m_controls;
    QList<Shown> m_texts;
    QList<const QQuickItem *> m_ringTargets;
    const QQuickItem *m_focused = nullptr;
    /// A dialog the keys are kept in (the time-out warning, Help): what lies behind it is
    /// covered on purpose, so only the dialog's own items must be uncovered and apart.
    const QQuickItem *m_dialog = nullptr;
    [[nodiscard]] bool behindDialog(const QQuickItem *item) const;
    QHash<const QObject *, bool> m_cues; ///< scrolling area -> its cue is showing
    int m_order = 0;
    int m_ringsAudited = 0;
};
