// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/readercheck.h"

#include "drivers/idcard/readersettings.h"
#include "drivers/idcard/transportfactory.h"
#include "drivers/idcard/usbtransport.h"
#include "kiosk/kioskconfig.h"

CheckResult ReaderCheck::run(const KioskConfig &config)
{
    using Kind = idcard::ReaderSettings::TransportKind;
    const QString name = QStringLiteral("reader");
    idcard::ReaderSettings settings;
    settings.vendorId = config.readerVendorId;
    settings.productId = config.readerProductId;
    if (!settings.setTransport(config.readerTransport))
        return CheckResult::fail(name, QStringLiteral("[reader] transport \"%1\" is unknown; use auto, usb, serial, "
                                                      "serial:/dev/ttyACM0 or simulated").arg(config.readerTransport));
    if (settings.transport == Kind::Simulated)
        return CheckResult::ok(name, QStringLiteral("simulated reader"));
    if (settings.transport == Kind::Serial) {
        const QStringList found = idcard::TransportFactory::list(settings);
        if (found.isEmpty())
            return CheckResult::fail(name, QStringLiteral("no reader answers on %1")
                                               .arg(settings.serialPort.isEmpty() ? QStringLiteral("any serial port")
                                                                                  : settings.serialPort));
        return CheckResult::ok(name, found.constFirst());
    }
    const QStringList usb = idcard::UsbTransport::list(settings.vendorId, settings.productId);
    if (!usb.isEmpty())
        return CheckResult::ok(name, QStringLiteral("USB reader %1 found: %2").arg(settings.ids(), usb.constFirst()));
    if (settings.transport == Kind::Auto && config.demo)
        return CheckResult::ok(name, QStringLiteral("no USB reader %1; the demo uses its simulated reader")
                                         .arg(settings.ids()));
    return CheckResult::fail(name, QStringLiteral("no USB reader with ids %1 is attached (plugged in? see lsusb and "
                                                  "[reader] vendor_id, product_id)").arg(settings.ids()));
}
