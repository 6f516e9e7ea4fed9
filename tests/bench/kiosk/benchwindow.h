// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window benchmarks do to a window and how they sum up what they timed: touch a
// control at its centre as a finger would, wait for a frame on the screen, percentiles.
// Not the tests' windowactions.h: that one reports through Qt Test's macros, which need a
// running test function; a benchmark says what went wrong and stops.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace benchwindow {

/// Stops the benchmark with a plain reason: a figure from a run that went wrong is no figure.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "benchmark stopped: %s\n", what);
    std::exit(1);
}

/// Layouts polished and one frame with them on the screen.
inline void settle(QQuickWindow *window)
{
    if (!QQuickTest::qWaitForPolish(window, 5000))
        fail("the window's layout never settled");
    QSignalSpy drawn(window, &QQuickWindow::frameSwapped);
    window->update();
    if (!drawn.wait(5000))
        fail("the window drew no frame");
}

/// A press and release at the item's centre, as a finger would.
inline void touch(QQuickWindow *window, const QQuickItem *item)
{
    if (!item)
        fail("the control to touch is missing");
    if (!item->isVisible() || !item->isEnabled())
        fail(qPrintable(item->objectName() + QStringLiteral(" is hidden or disabled")));
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!window->contentItem()->contains(centre))
        fail("the control to touch is off the screen");
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

/// Runs the event loop until `done` holds; false after `ms`.
inline bool waitFor(const std::function<bool()> &done, int ms = 5000)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// Microseconds from the touch to the first frame swapped once `arrived` holds: `touch` runs
/// with the clock started; the frame that counts is the first one whose swap starts after the
/// new page is current (so a frame of the old page still in flight does not count). Negative
/// when the touch led to no new page.
inline double touchToFrameUs(QQuickWindow *window, const std::function<void()> &touchIt,
                             const std::function<bool()> &arrived)
{
    // Atomics: with Qt Quick's threaded render loop the swap is reported on the render thread.
    QElapsedTimer clock;
    std::atomic<qint64> frameNs = -1;
    std::atomic<bool> current = false;
    const auto connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            qint64 none = -1;
            if (current)
                frameNs.compare_exchange_strong(none, clock.nsecsElapsed());
        },
        Qt::DirectConnection);
    clock.start();
    touchIt();
    if (!waitFor(arrived))
        return -1;
    current = true;
    window->update(); // a page that changed nothing the scene graph sees still gets its frame
    if (!waitFor([&] { return frameNs >= 0; }))
        fail("the next page was never drawn");
    QObject::disconnect(connection);
    return double(frameNs) / 1000.0;
}

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

inline Percentiles percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[std::min(values.size() - 1, size_t(double(values.size()) * q))]; };
    return {at(0.5), at(0.99)};
}

} // namespace benchwindow
