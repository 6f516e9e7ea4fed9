// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/queuedisplaywindow.h"

#include <QGuiApplication>
#include <QQuickView>
#include <QScreen>

QueueDisplayWindow::QueueDisplayWindow(QQmlEngine *engine, bool enabled, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_enabled(enabled)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &QueueDisplayWindow::update);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &QueueDisplayWindow::update);
}

QueueDisplayWindow::~QueueDisplayWindow() = default;

void QueueDisplayWindow::follow(QWindow *kioskWindow)
{
    if (m_kiosk)
        disconnect(m_kiosk, nullptr, this, nullptr);
    m_kiosk = kioskWindow;
    if (m_kiosk)
        connect(m_kiosk, &QWindow::screenChanged, this, &QueueDisplayWindow::update);
    update();
}

bool QueueDisplayWindow::isShown() const
{
    return m_view && m_view->isVisible();
}

QScreen *QueueDisplayWindow::screen() const
{
    return isShown() ? m_view->screen() : nullptr;
}

QScreen *QueueDisplayWindow::otherScreen() const
{
    const QScreen *kioskScreen = m_kiosk ? m_kiosk->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != kioskScreen)
            return screen;
    return nullptr;
}

void QueueDisplayWindow::update()
{
    QScreen *target = m_enabled && QGuiApplication::screens().size() > 1 ? otherScreen() : nullptr;
    if (!target) {
        if (m_view) {
            m_view.reset();
            emit shownChanged();
        }
        return;
    }
    if (!m_view) {
        // The kiosk's engine: the same singletons (the calls, the theme) as its own window.
        m_view = std::make_unique<QQuickView>(m_engine, nullptr);
        m_view->setObjectName(QStringLiteral("queueDisplayWindow"));
        m_view->setTitle(QStringLiteral("Queue display"));
        m_view->setFlag(Qt::WindowDoesNotAcceptFocus);
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/pages/QueueDisplayPage.qml")));
        if (m_view->status() == QQuickView::Error) {
            for (const auto &error : m_view->errors())
                qWarning("kiosk: the queue display could not load: %s", qPrintable(error.toString()));
            m_view.reset();
            return;
        }
    }
    if (m_view->screen() != target || !m_view->isVisible()) {
        m_view->setScreen(target);
        m_view->setGeometry(target->geometry());
        m_view->showFullScreen();
        emit shownChanged();
    }
}
