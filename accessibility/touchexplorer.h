// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QPointF>
#include <QQuickItem>

class QQuickWindow;

/// @brief Touch to explore: a first touch on a control speaks it, a second touch presses it,
/// and a finger sliding over the screen reads each control it crosses.
///
/// Active only while VisitorSettings.touchExplore and speechOn are both on. It is a visitor's
/// choice (the keypad's explore key, or the station default), never forced on with speech:
/// a sighted visitor who only likes hearing the screen keeps one-touch buttons (with speech on
/// and explore off, a touch presses at once and the control is spoken as it takes focus).
/// Any touch stops the speech in progress.
class TouchExplorer : public QObject
{
    Q_OBJECT

public:
    explicit TouchExplorer(QObject *parent = nullptr);

    [[nodiscard]] bool active() const;
    /// The control the last exploring touch spoke (a second touch on it presses it).
    [[nodiscard]] QQuickItem *explored() const { return m_explored; }

public slots:
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase { Press, Move, Release };
    /// Returns true when the event is taken (not delivered to the page).
    bool handle(QQuickWindow *window, Phase phase, QPointF scenePoint);
    void explore(QQuickItem *control);

    QPointer<QQuickItem> m_explored;
    bool m_swallowing = false;
};
