// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readerworker.h"

#include "drivers/idcard/readersession.h"
#include "drivers/idcard/transport.h"
#include "drivers/idcard/transportfactory.h"
#include "drivers/idcard/usbhotplug.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReader, "kiosk.idcard")

namespace idcard {

namespace {
// Two time-outs in a row: the reader is stuck; close it and open it again.
constexpr int StuckAfterTimeouts = 2;
} // namespace

ReaderWorker::ReaderWorker(const ReaderSettings &settings, std::shared_ptr<SimulatedReader> simulated)
    : m_settings(settings)
    , m_simulated(std::move(simulated))
{
}

ReaderWorker::~ReaderWorker() = default;

void ReaderWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ReaderWorker::tick);
    }
    m_timer->start(m_settings.pollIntervalMs);
    using Kind = ReaderSettings::TransportKind;
    if (!m_hotplug && (m_settings.transport == Kind::Usb || m_settings.transport == Kind::Auto)) {
        m_hotplug = std::make_unique<UsbHotplug>(m_settings.vendorId, m_settings.productId);
        qCInfo(lcReader) << "USB hot-plug events:" << (m_hotplug->isAvailable() ? "yes" : "no, rescanning");
    }
    setState(ReaderState::NoReader); // the first state is always announced
    tick();
}

void ReaderWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_transport)
        m_transport->close();
    m_transport.reset();
    m_hotplug.reset();
    Q_EMIT readerChanged(QString());
    setState(ReaderState::NoReader);
}

void ReaderWorker::setState(ReaderState state, const core::TranslatableText &reason)
{
    if (m_announced && state == m_state && reason == m_reason)
        return;
    m_announced = true;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

void ReaderWorker::drop(const ReaderError &error)
{
    qCInfo(lcReader) << "reader dropped:" << error.toString();
    if (m_transport)
        m_transport->close();
    m_transport.reset();
    m_timeouts = 0;
    m_sinceScan.invalidate(); // look again on the next tick
    Q_EMIT readerChanged(QString());
    setState(ReaderState::NoReader, error.text());
}

void ReaderWorker::tryOpen()
{
    m_sinceScan.restart();
    ReaderError error;
    m_transport = TransportFactory::open(m_settings, m_simulated, &error);
    if (!m_transport) {
        setState(ReaderState::NoReader, error.text());
        return;
    }
    ReaderSession session(*m_transport, m_settings.responseTimeoutMs);
    // A reset brings a SAM out of whatever a previous program left it in.
    if (!session.resetSam(&error) && error.needsReconnect()) {
        drop(error);
        return;
    }
    qCInfo(lcReader) << "reader opened:" << m_transport->description();
    Q_EMIT readerChanged(m_transport->description());
    m_timeouts = 0;
    setState(ReaderState::Ready);
}

void ReaderWorker::tick()
{
    const int events = m_hotplug ? m_hotplug->poll() : UsbHotplug::None;
    if (events)
        qCInfo(lcReader, "hot-plug:%s%s", (events & UsbHotplug::Arrived) ? " arrived" : "",
               (events & UsbHotplug::Left) ? " left" : "");
    const bool onUsb = m_transport && m_transport->description().startsWith(u"usb ");
    if ((events & UsbHotplug::Left) && onUsb) {
        drop(ReaderError(ReaderError::Kind::Disconnected, QStringLiteral("hot-plug: reader left")));
        return;
    }
    if ((events & UsbHotplug::Arrived) && !onUsb)
        m_sinceScan.invalidate(); // look now, not at the next rescan

    if (!m_transport) {
        if (!m_sinceScan.isValid() || m_sinceScan.hasExpired(m_settings.rescanIntervalMs))
            tryOpen();
        return;
    }

    // In auto mode a real reader plugged in later takes over from the simulated one: on its
    // hot-plug event, or by rescanning where there are no such events.
    const bool hotplug = m_hotplug && m_hotplug->isAvailable();
    if (m_settings.transport == ReaderSettings::TransportKind::Auto
        && m_transport->description() == u"simulated"
        && (!m_sinceScan.isValid() || (!hotplug && m_sinceScan.hasExpired(m_settings.rescanIntervalMs)))) {
        m_sinceScan.restart();
        if (TransportFactory::usbReaderPresent(m_settings)) {
            // Straight over, without a "no reader" in between for staff to wonder about.
            qCInfo(lcReader) << "USB reader plugged in: leaving the simulated reader";
            m_transport->close();
            m_transport.reset();
            tryOpen();
            return;
        }
    }

    ReaderSession session(*m_transport, m_settings.responseTimeoutMs);
    ReaderError error;
    const auto presence = session.findCard(&error);
    if (presence == ReaderSession::Presence::Failed) {
        if (error.needsReconnect()) {
            drop(error);
            return;
        }
        if (error.kind() == ReaderError::Kind::Timeout && ++m_timeouts >= StuckAfterTimeouts) {
            drop(error);
            return;
        }
        setState(ReaderState::Error, error.text());
        return;
    }
    m_timeouts = 0;

    if (presence == ReaderSession::Presence::NoCard) {
        // After a read the reader answers "no card" until the card has left and come back, so
        // "remove the card" is shown for a while rather than until the card is gone.
        if (m_state == ReaderState::RemoveCard && !m_sinceRead.hasExpired(m_settings.removeCardMs))
            return;
        setState(ReaderState::Ready);
        return;
    }

    setState(ReaderState::Reading);
    const auto card = session.readCard(&error, m_settings.readCommand);
    if (!card) {
        qCInfo(lcReader) << "read failed:" << error.toString();
        if (error.needsReconnect())
            drop(error);
        else
            setState(ReaderState::Error, error.text());
        return;
    }
    qCInfo(lcReader) << "card read:" << IdCard::typeCode(card->type) << card->maskedIdNumber();
    Q_EMIT cardRead(*card);
    m_sinceRead.restart();
    setState(ReaderState::RemoveCard);
}

} // namespace idcard
