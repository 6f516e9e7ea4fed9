// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/usbtransport.h"

#include "drivers/idcard/frame.h"

#include <libusb.h>

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

QString describe(libusb_device *device, quint16 vendorId, quint16 productId)
{
    return u"usb %1:%2 bus %3 device %4"_s
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'))
        .arg(libusb_get_bus_number(device))
        .arg(libusb_get_device_address(device));
}

bool matches(libusb_device *device, quint16 vendorId, quint16 productId)
{
    libusb_device_descriptor descriptor{};
    return libusb_get_device_descriptor(device, &descriptor) == LIBUSB_SUCCESS
        && descriptor.idVendor == vendorId && descriptor.idProduct == productId;
}

// One read is at most a whole maximal frame: a reader that answers in one piece fits, one
// that answers in 64-byte packets completes each read early with a short packet.
constexpr int ReadBufferSize = int(Frame::HeaderSize + Frame::MaxLength);

} // namespace

UsbTransport::UsbTransport(quint16 vendorId, quint16 productId)
    : m_vendorId(vendorId)
    , m_productId(productId)
{
}

UsbTransport::~UsbTransport()
{
    close();
    if (m_context)
        libusb_exit(m_context);
}

ReaderError UsbTransport::mapError(int code, const char *what) const
{
    const QString detail = QString::fromLatin1(what) + u": "_s + QString::fromLatin1(libusb_error_name(code));
    switch (code) {
    case LIBUSB_ERROR_TIMEOUT: return ReaderError(ReaderError::Kind::Timeout, detail);
    case LIBUSB_ERROR_NO_DEVICE: return ReaderError(ReaderError::Kind::Disconnected, detail);
    case LIBUSB_ERROR_NOT_FOUND: return ReaderError(ReaderError::Kind::NotFound, detail);
    case LIBUSB_ERROR_ACCESS: return ReaderError(ReaderError::Kind::NoAccess, detail);
    default: return ReaderError(ReaderError::Kind::Io, detail);
    }
}

QStringList UsbTransport::list(quint16 vendorId, quint16 productId)
{
    QStringList found;
    libusb_context *context = nullptr;
    if (libusb_init(&context) != LIBUSB_SUCCESS)
        return found;
    libusb_device **devices = nullptr;
    const ssize_t count = libusb_get_device_list(context, &devices);
    for (ssize_t i = 0; i < count; ++i) {
        if (matches(devices[i], vendorId, productId))
            found << describe(devices[i], vendorId, productId);
    }
    if (count >= 0)
        libusb_free_device_list(devices, 1);
    libusb_exit(context);
    return found;
}

bool UsbTransport::open(ReaderError *error)
{
    close();
    if (!m_context) {
        const int rc = libusb_init(&m_context);
        if (rc != LIBUSB_SUCCESS) {
            m_context = nullptr;
            if (error)
                *error = mapError(rc, "libusb_init");
            return false;
        }
    }

    libusb_device **devices = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &devices);
    if (count < 0) {
        if (error)
            *error = mapError(int(count), "libusb_get_device_list");
        return false;
    }
    libusb_device *device = nullptr;
    for (ssize_t i = 0; i < count && !device; ++i) {
        if (matches(devices[i], m_vendorId, m_productId))
            device = devices[i];
    }
    int rc = LIBUSB_ERROR_NOT_FOUND;
    libusb_config_descriptor *config = nullptr;
    if (device) {
        m_description = describe(device, m_vendorId, m_productId);
        rc = libusb_open(device, &m_handle);
        if (rc == LIBUSB_SUCCESS)
            rc = libusb_get_active_config_descriptor(device, &config);
    }
    libusb_free_device_list(devices, 1);
    if (rc != LIBUSB_SUCCESS) {
        if (error)
            *error = mapError(rc, device ? "open" : "no reader with these ids");
        close();
        return false;
    }

    // The first interface with a bulk endpoint in each direction; vendor-specific in practice.
    for (int i = 0; i < config->bNumInterfaces && m_interface < 0; ++i) {
        const libusb_interface &interface = config->interface[i];
        for (int a = 0; a < interface.num_altsetting && m_interface < 0; ++a) {
            const libusb_interface_descriptor &alt = interface.altsetting[a];
            quint8 in = 0;
            quint8 out = 0;
            for (int e = 0; e < alt.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor &ep = alt.endpoint[e];
                if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK)
                    continue;
                if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)
                    in = in ? in : ep.bEndpointAddress;
                else
                    out = out ? out : ep.bEndpointAddress;
            }
            if (in && out) {
                m_interface = alt.bInterfaceNumber;
                m_endpointIn = in;
                m_endpointOut = out;
            }
        }
    }
    libusb_free_config_descriptor(config);
    if (m_interface < 0) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Io, u"no interface with bulk endpoints"_s);
        close();
        return false;
    }

    // Some readers come up bound to a kernel driver; auto-detach gives it back on release.
    libusb_set_auto_detach_kernel_driver(m_handle, 1);
    rc = libusb_claim_interface(m_handle, m_interface);
    if (rc != LIBUSB_SUCCESS) {
        if (error)
            *error = mapError(rc, "claim interface");
        m_interface = -1;
        close();
        return false;
    }
    return true;
}

void UsbTransport::close()
{
    if (m_handle) {
        if (m_interface >= 0)
            libusb_release_interface(m_handle, m_interface);
        libusb_close(m_handle);
    }
    m_handle = nullptr;
    m_interface = -1;
    m_endpointIn = 0;
    m_endpointOut = 0;
}

bool UsbTransport::write(QByteArrayView bytes, int timeoutMs, ReaderError *error)
{
    if (!m_handle) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Disconnected, u"not open"_s);
        return false;
    }
    QByteArray copy = bytes.toByteArray(); // libusb wants a mutable buffer
    int done = 0;
    const int rc = libusb_bulk_transfer(m_handle, m_endpointOut, reinterpret_cast<unsigned char *>(copy.data()),
                                        int(copy.size()), &done, unsigned(qMax(1, timeoutMs)));
    if (rc != LIBUSB_SUCCESS || done != copy.size()) {
        if (error)
            *error = rc != LIBUSB_SUCCESS ? mapError(rc, "bulk out")
                                          : ReaderError(ReaderError::Kind::Io, u"short bulk write"_s);
        return false;
    }
    return true;
}

QByteArray UsbTransport::read(int timeoutMs, ReaderError *error)
{
    if (!m_handle) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Disconnected, u"not open"_s);
        return {};
    }
    QByteArray buffer(ReadBufferSize, Qt::Uninitialized);
    int done = 0;
    const int rc = libusb_bulk_transfer(m_handle, m_endpointIn, reinterpret_cast<unsigned char *>(buffer.data()),
                                        int(buffer.size()), &done, unsigned(qMax(1, timeoutMs)));
    // A time-out may still have delivered bytes; keep them.
    if (done > 0) {
        buffer.truncate(done);
        return buffer;
    }
    // A zero-length packet is not an error: the caller reads on until its deadline.
    if (rc != LIBUSB_SUCCESS && error)
        *error = mapError(rc, "bulk in");
    return {};
}

} // namespace idcard
