// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Session;

/// @brief Tells the session about every touch, click and key press anywhere in the kiosk.
///
/// An application-wide event filter, so no page can forget to report activity and time a
/// visitor out while they are busy.
class ActivityFilter : public QObject
{
    Q_OBJECT

public:
    explicit ActivityFilter(Session *session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Session *m_session;
};
