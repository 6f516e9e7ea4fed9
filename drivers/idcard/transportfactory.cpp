// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/transportfactory.h"

#include "drivers/idcard/readersession.h"
#include "drivers/idcard/serialtransport.h"
#include "drivers/idcard/simulatedtransport.h"
#include "drivers/idcard/usbtransport.h"

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

// A reader is one that answers SAM status; a serial port is recognised the same way.
std::unique_ptr<Transport> openAndCheck(std::unique_ptr<Transport> transport, int timeoutMs, ReaderError *error)
{
    if (!transport->open(error))
        return nullptr;
    ReaderSession session(*transport, timeoutMs);
    if (!session.samStatus(error)) {
        transport->close();
        return nullptr;
    }
    return transport;
}

// CDC-ACM readers answer within about 2 s.
constexpr int SerialProbeMs = 2000;

} // namespace

bool TransportFactory::usbReaderPresent(const ReaderSettings &settings)
{
    return !UsbTransport::list(settings.vendorId, settings.productId).isEmpty();
}

std::unique_ptr<Transport> TransportFactory::open(const ReaderSettings &settings,
                                                  const std::shared_ptr<SimulatedReader> &simulated,
                                                  ReaderError *error)
{
    using Kind = ReaderSettings::TransportKind;
    switch (settings.transport) {
    case Kind::Usb:
        return openAndCheck(std::make_unique<UsbTransport>(settings.vendorId, settings.productId),
                            settings.responseTimeoutMs, error);
    case Kind::Auto:
        if (usbReaderPresent(settings) || !simulated)
            return openAndCheck(std::make_unique<UsbTransport>(settings.vendorId, settings.productId),
                                settings.responseTimeoutMs, error);
        return openAndCheck(std::make_unique<SimulatedTransport>(simulated), settings.responseTimeoutMs, error);
    case Kind::Simulated:
        return openAndCheck(std::make_unique<SimulatedTransport>(simulated), settings.responseTimeoutMs, error);
    case Kind::Serial: {
        const QStringList ports = settings.serialPort.isEmpty() ? SerialTransport::candidatePorts()
                                                                : QStringList{settings.serialPort};
        if (error)
            *error = ReaderError(ReaderError::Kind::NotFound, u"no serial port"_s);
        for (const QString &port : ports) {
            if (auto t = openAndCheck(std::make_unique<SerialTransport>(port),
                                      qMin(settings.responseTimeoutMs, SerialProbeMs), error))
                return t;
        }
        return nullptr;
    }
    }
    return nullptr;
}

QStringList TransportFactory::list(const ReaderSettings &settings)
{
    using Kind = ReaderSettings::TransportKind;
    QStringList found = UsbTransport::list(settings.vendorId, settings.productId);
    if (settings.transport == Kind::Serial || settings.transport == Kind::Auto) {
        const QStringList ports = settings.serialPort.isEmpty() ? SerialTransport::candidatePorts()
                                                                : QStringList{settings.serialPort};
        for (const QString &port : ports) {
            ReaderError error;
            if (auto t = openAndCheck(std::make_unique<SerialTransport>(port), SerialProbeMs, &error))
                found << t->description();
        }
    }
    if (settings.transport == Kind::Simulated)
        found << u"simulated"_s;
    return found;
}

} // namespace idcard
