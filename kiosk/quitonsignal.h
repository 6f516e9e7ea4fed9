// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

/// @brief Ends the kiosk cleanly on SIGINT (Ctrl+C) and SIGTERM (systemd, the demo script).
///
/// A signal handler may do almost nothing, so it only writes a byte to a pipe; the event loop
/// reads it and quits, and the normal shutdown stops the reader and sync threads and closes
/// the store.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
};
