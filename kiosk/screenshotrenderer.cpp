// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/screenshotrenderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

ScreenshotRenderer::ScreenshotRenderer(QQuickWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        // The second frame has the layout settled (Flow and text reflow run after the first).
        if (++m_framesSeen == 2)
            QTimer::singleShot(150, this, &ScreenshotRenderer::capture);
        else
            m_window->update();
    });
    // A window that never draws must not hang a build or a test.
    QTimer::singleShot(15'000, this, [] {
        std::fprintf(stderr, "kiosk: the page was never drawn; no screenshot written\n");
        QCoreApplication::exit(1);
    });
}

void ScreenshotRenderer::capture()
{
    if (m_done)
        return;
    m_done = true;
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "kiosk: could not write the screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("kiosk: wrote %s (%dx%d)\n", qPrintable(m_path), image.width(), image.height());
    QCoreApplication::exit(0);
}
