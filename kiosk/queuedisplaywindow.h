// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QQmlEngine;
class QQuickView;
class QScreen;
class QWindow;

/// @brief The queue display on the station's second screen: a full-screen window of its own
/// showing the queue-display page, apart from the kiosk's window, its sessions and staff mode.
///
/// It appears whenever a second screen is connected (`[queue] display = auto`) and goes when
/// that screen is unplugged; `off` never shows it. It never takes the keyboard focus, so the
/// keypad and switches keep working the kiosk's own window. With one screen, staff open the
/// same page from staff mode instead.
class QueueDisplayWindow : public QObject
{
    Q_OBJECT

public:
    QueueDisplayWindow(QQmlEngine *engine, bool enabled, QObject *parent = nullptr);
    ~QueueDisplayWindow() override;

    /// Keeps the display on a screen other than `kioskWindow`'s, as screens come and go.
    void follow(QWindow *kioskWindow);
    [[nodiscard]] bool isShown() const;
    /// The screen it is shown on; null when not shown.
    [[nodiscard]] QScreen *screen() const;

signals:
    void shownChanged();

private:
    void update();
    [[nodiscard]] QScreen *otherScreen() const;

    QQmlEngine *m_engine;
    bool m_enabled;
    QPointer<QWindow> m_kiosk;
    std::unique_ptr<QQuickView> m_view;
};
