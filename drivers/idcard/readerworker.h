// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"
#include "drivers/idcard/readererror.h"
#include "drivers/idcard/readersettings.h"
#include "drivers/idcard/readerstate.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTimer;

namespace idcard {

class SimulatedReader;
class Transport;
class UsbHotplug;

/// @brief The find-select-read loop; lives on the reader thread (see ReaderService).
///
/// Each tick does one step with blocking I/O: open a reader if there is none (at once on a
/// libusb hot-plug event, and every rescanIntervalMs where hot-plug is missing or missed),
/// else find a card and read it.
/// An unplugged reader drops to NoReader and is looked for again; a reader that stops
/// answering twice in a row is closed and opened again (which resets its SAM).
class ReaderWorker : public QObject
{
    Q_OBJECT

public:
    ReaderWorker(const ReaderSettings &settings, std::shared_ptr<SimulatedReader> simulated);
    ~ReaderWorker() override;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(idcard::ReaderState state, const core::TranslatableText &reason);
    void cardRead(const idcard::IdCard &card);
    void readerChanged(const QString &description);

private:
    void tick();
    void tryOpen();
    void drop(const ReaderError &error);
    void setState(ReaderState state, const core::TranslatableText &reason = {});

    ReaderSettings m_settings;
    std::shared_ptr<SimulatedReader> m_simulated;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<UsbHotplug> m_hotplug;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceScan;
    QElapsedTimer m_sinceRead;
    ReaderState m_state = ReaderState::NoReader;
    core::TranslatableText m_reason;
    int m_timeouts = 0;
    bool m_announced = false;
};

} // namespace idcard
