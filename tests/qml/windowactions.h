// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindowfixture.h"

#include "accessibility/announcer.h"
#include "accessibility/linebreaking.h"

#include <QQuickItem>
#include <QtQuickTest/quicktest.h>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

/// @brief What a visitor does to the real window in the flow tests (tst_bookingflow,
/// tst_helpflow, tst_volunteerregistration, ...): touch a control as a finger would, press keys,
/// read a control's words, wait for a page; and what the kiosk said. One copy, so every flow is
/// driven the same way.
namespace windowactions {

using namespace Qt::StringLiterals;

/// Waits until the layouts are polished and one frame with them is on the screen, so what the
/// test reads is what the screen shows. False when either does not happen in time.
inline bool settle(QQuickWindow *window, int ms = 2000)
{
    if (!QQuickTest::qWaitForPolish(window, ms))
        return false;
    QSignalSpy drawn(window, &QQuickWindow::frameSwapped);
    // update(), not requestUpdate(): a window with nothing dirty renders on an update request
    // but swaps no frame, so the wait would run out every time.
    window->update();
    return drawn.wait(ms);
}

/// The item's centre is inside the window and inside every clipping view it sits in.
inline bool shownWhole(const QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (it->clip() && !it->contains(it->mapFromScene(centre)))
            return false;
    return item->window() && item->window()->contentItem()->contains(centre);
}

/// Visible and not faded out, nor any item it sits in.
inline bool shown(const QQuickItem *item)
{
    for (const QQuickItem *it = item; it; it = it->parentItem())
        if (!it->isVisible() || it->opacity() <= 0.0)
            return false;
    return true;
}

/// Touches the control named `name` at its centre, as a finger would; a control below the fold
/// is scrolled to first, as a visitor would. Fails the test when it is missing, hidden, disabled
/// or cannot be brought onto the screen.
inline void tap(MainWindowFixture &kiosk, const QString &name)
{
    QVERIFY2(settle(kiosk.window()), "the window drew no frame");
    QQuickItem *item = kiosk.find(name);
    QVERIFY2(item, qPrintable(name + u" is not on the page \""_s + kiosk.pageTitle() + u'"'));
    QVERIFY2(shown(item) && item->isEnabled(), qPrintable(name + u" cannot be touched"_s));
    item->forceActiveFocus();
    QTRY_VERIFY2_WITH_TIMEOUT(shownWhole(item), qPrintable(name + u" is off the screen"_s), 2000);
    QVERIFY2(settle(kiosk.window()), "the window drew no frame");
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, centre.toPoint());
    QVERIFY2(settle(kiosk.window()), "the window drew no frame");
}

/// The `text` of the item named `name` as a visitor reads it (without the U+2060 word joiners
/// and no-break spaces that keep words and numbers whole across lines); empty when there is none.
inline QString text(const MainWindowFixture &kiosk, const QString &name)
{
    const QQuickItem *item = kiosk.find(name);
    return item ? LineBreaking::withoutJoiners(item->property("text").toString()) : QString();
}

/// Presses Tab until `name` (or a child of it) has the focus, then Return, as a keypad user
/// does. False when it is not on the page or Tab never reaches it.
inline bool pressWithKeys(MainWindowFixture &kiosk, const QString &name)
{
    if (!settle(kiosk.window()))
        return false;
    QQuickItem *target = kiosk.find(name);
    if (!target || !target->isVisible())
        return false;
    for (int i = 0; i < 160; ++i) {
        for (QQuickItem *item = kiosk.window()->activeFocusItem(); item; item = item->parentItem())
            if (item == target) {
                QTest::keyClick(kiosk.window(), Qt::Key_Return);
                if (!settle(kiosk.window()))
                    return false;
                return true;
            }
        QTest::keyClick(kiosk.window(), Qt::Key_Tab);
    }
    return false;
}

/// Types `keys` on the keyboard, one key a character (digits, X).
inline void typeKeys(MainWindowFixture &kiosk, const QString &keys)
{
    for (const QChar c : keys)
        QTest::keyClick(kiosk.window(), c.toLatin1());
    QVERIFY2(settle(kiosk.window()), "the window drew no frame");
}

/// Waits (up to `ms`) for the page titled `title`; fails the test with the title shown instead.
inline void waitForPage(MainWindowFixture &kiosk, const QString &title, int ms = 5000)
{
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), title, ms);
    QVERIFY2(settle(kiosk.window()), "the window drew no frame");
}

/// Everything the kiosk said since the utterances were last cleared, in order (as heard: the
/// screen's line-break controls, which the speech normaliser drops, left out).
inline QStringList said()
{
    QStringList texts;
    for (const QVariant &utterance : Announcer::instance()->utterances())
        texts << LineBreaking::withoutJoiners(utterance.toMap().value(u"text"_s).toString());
    return texts;
}

} // namespace windowactions
