// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/outoforder/outoforderwindow.h"

#include <QCloseEvent>
#include <QPainter>

OutOfOrderWindow::OutOfOrderWindow(QDateTime startedAt)
    : m_page(std::move(startedAt))
{
    setTitle(QStringLiteral("Out of order"));
    setCursor(Qt::BlankCursor);
}

bool OutOfOrderWindow::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Close:
        // Alt+F4 or a compositor's close request: the page stays.
        event->ignore();
        ++m_ignored;
        return true;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::Wheel:
        event->accept();
        ++m_ignored;
        return true;
    default:
        return QRasterWindow::event(event);
    }
}

void OutOfOrderWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_page.paint(painter, size());
}
