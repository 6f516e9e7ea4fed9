// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/outoforder/outoforderpage.h"

#include <QRasterWindow>

/// @brief The out-of-order page full screen, with no way out: keys, touches, clicks and
/// requests to close are all taken and ignored. Only systemd stops it (a signal), when staff
/// start the kiosk again.
class OutOfOrderWindow : public QRasterWindow
{
    Q_OBJECT

public:
    explicit OutOfOrderWindow(QDateTime startedAt);

    [[nodiscard]] const OutOfOrderPage &page() const { return m_page; }
    /// How many input events and close requests were swallowed (for tests).
    [[nodiscard]] int ignoredEvents() const { return m_ignored; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    OutOfOrderPage m_page;
    int m_ignored = 0;
};
