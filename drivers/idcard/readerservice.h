// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"
#include "drivers/idcard/readersettings.h"
#include "drivers/idcard/readerstate.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace idcard {

class ReaderWorker;
class SimulatedReader;

/// @brief The ID-card reader for the kiosk: a reader thread that publishes state and cards.
///
/// Usage from the GUI thread:
/// @code
///   idcard::ReaderSettings settings;            // 0400:c35a, transport "auto"
///   settings.setTransport(u"simulated");        // or "usb", "serial:/dev/ttyACM0"
///   auto *reader = new idcard::ReaderService(settings, this);
///   connect(reader, &idcard::ReaderService::stateChanged, ...); // show status, guide visitor
///   connect(reader, &idcard::ReaderService::cardRead, ...);     // IdCard, in memory only
///   reader->start();
///   reader->presentSimulatedCard(0);             // staff mode in the demo
/// @endcode
/// All libusb and serial I/O runs on the service's own thread; signals arrive queued on the
/// thread that owns the service. With "auto", the simulated reader serves until a USB reader
/// with the ids is plugged in. stop() (or destruction) joins the thread.
class ReaderService : public QObject
{
    Q_OBJECT

public:
    explicit ReaderService(const ReaderSettings &settings, QObject *parent = nullptr);
    ~ReaderService() override;

    void start();
    void stop();

    [[nodiscard]] ReaderState state() const { return m_state; }
    [[nodiscard]] core::TranslatableText reason() const { return m_reason; }
    /// "usb 0400:c35a bus 1 device 4", "serial /dev/ttyACM0", "simulated", or empty.
    [[nodiscard]] QString readerDescription() const { return m_description; }

    /// True when the settings allow the simulated reader (auto or simulated).
    [[nodiscard]] bool hasSimulatedReader() const { return m_simulated != nullptr; }
    /// Demo: places demo identity `index` (DemoIdentities order) on the simulated reader.
    bool presentSimulatedCard(int index);
    void removeSimulatedCard();
    /// Labels of the demo identities for staff mode.
    [[nodiscard]] static QList<core::LocalizedText> simulatedCardLabels();

Q_SIGNALS:
    void stateChanged(idcard::ReaderState state, const core::TranslatableText &reason);
    void cardRead(const idcard::IdCard &card);
    void readerChanged(const QString &description);

private:
    QThread m_thread;
    ReaderWorker *m_worker = nullptr;
    std::shared_ptr<SimulatedReader> m_simulated;
    ReaderState m_state = ReaderState::NoReader;
    core::TranslatableText m_reason;
    QString m_description;
};

} // namespace idcard
