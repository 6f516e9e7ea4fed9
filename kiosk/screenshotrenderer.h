// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

/// @brief Saves what the window shows to a PNG once the page has really been drawn, then quits.
///
/// Waits for frames to be swapped (not a fixed delay) and a short settle so bindings that run
/// after the first frame (clock, reflow) are in the picture.
class ScreenshotRenderer : public QObject
{
    Q_OBJECT

public:
    ScreenshotRenderer(QQuickWindow *window, const QString &path, QObject *parent = nullptr);

private:
    void capture();

    QQuickWindow *m_window;
    QString m_path;
    int m_framesSeen = 0;
    bool m_done = false;
};
