// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace server {

/// @brief Turns SIGTERM and SIGINT into a clean QCoreApplication::quit(), so the server stops
/// accepting, answers what it has, and writes the station contacts it holds in memory.
///
/// A signal handler may do almost nothing safely: it writes one byte to a pipe, and the event
/// loop reads it.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace server
