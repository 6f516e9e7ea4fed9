// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readersettings.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace idcard {

bool ReaderSettings::setTransport(QStringView spec)
{
    if (spec == u"auto") {
        transport = TransportKind::Auto;
    } else if (spec == u"usb") {
        transport = TransportKind::Usb;
    } else if (spec == u"simulated") {
        transport = TransportKind::Simulated;
    } else if (spec == u"serial") {
        transport = TransportKind::Serial;
        serialPort.clear();
    } else if (spec.startsWith(u"serial:") && spec.size() > 7) {
        transport = TransportKind::Serial;
        serialPort = spec.mid(7).toString();
    } else {
        return false;
    }
    return true;
}

QString ReaderSettings::transportSpec() const
{
    switch (transport) {
    case TransportKind::Auto: return u"auto"_s;
    case TransportKind::Usb: return u"usb"_s;
    case TransportKind::Simulated: return u"simulated"_s;
    case TransportKind::Serial: return serialPort.isEmpty() ? u"serial"_s : u"serial:"_s + serialPort;
    }
    return {};
}

bool ReaderSettings::setIds(QStringView text)
{
    const auto parts = text.split(u':');
    if (parts.size() != 2 || parts[0].size() != 4 || parts[1].size() != 4)
        return false;
    bool okVendor = false;
    bool okProduct = false;
    const uint vendor = parts[0].toUInt(&okVendor, 16);
    const uint product = parts[1].toUInt(&okProduct, 16);
    if (!okVendor || !okProduct)
        return false;
    vendorId = quint16(vendor);
    productId = quint16(product);
    return true;
}

QString ReaderSettings::ids() const
{
    return u"%1:%2"_s.arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

} // namespace idcard
