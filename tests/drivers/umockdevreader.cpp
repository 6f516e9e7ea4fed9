// SPDX-License-Identifier: GPL-3.0-or-later
#include "umockdevreader.h"

#include <umockdev.h>

#include <cerrno>
#include <cstring>
#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

namespace {

// Device: USB 2.0, 64-byte EP0, 0400:c35a, one configuration.
// Configuration: one interface (class ff), bulk IN 0x81 and bulk OUT 0x02, 64-byte packets.
const char *const deviceDescription =
    "P: /devices/usb1\n"
    "N: bus/usb/001/001\n"
    "E: SUBSYSTEM=usb\n"
    "E: DRIVER=usb\n"
    "E: BUSNUM=001\n"
    "E: DEVNUM=001\n"
    "E: DEVNAME=/dev/bus/usb/001/001\n"
    "E: DEVTYPE=usb_device\n"
    "A: bConfigurationValue=1\\n\n"
    "A: busnum=1\\n\n"
    "A: devnum=1\\n\n"
    "A: speed=480\\n\n"
    "H: descriptors="
    "120100020000004000045ac3000101020001"
    "0902200001010080320904000002ff000000"
    "07058102400000"
    "07050202400000\n";

void unrefAll(std::deque<UMockdevIoctlData *> &list)
{
    for (UMockdevIoctlData *d : list)
        umockdev_ioctl_data_unref(d);
    list.clear();
}

usbdevfs_urb *urbOf(UMockdevIoctlData *data)
{
    return reinterpret_cast<usbdevfs_urb *>(data->data);
}

} // namespace

UmockdevReader::UmockdevReader() = default;

UmockdevReader::~UmockdevReader()
{
    {
        std::lock_guard lock(m_mutex);
        unrefAll(m_pendingIn);
        unrefAll(m_reapable);
        unrefAll(m_discarded);
    }
    if (m_handler)
        g_object_unref(m_handler);
    if (m_testbed)
        g_object_unref(m_testbed);
}

bool UmockdevReader::setUp()
{
    // The testbed only redirects libusb when the preload library is in place.
    if (!qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("libumockdev-preload"))) {
        m_why = QStringLiteral("not running under umockdev-wrapper");
        return false;
    }
    m_testbed = umockdev_testbed_new();
    m_handler = umockdev_ioctl_base_new();
    g_object_connect(m_handler, "signal-after::handle-ioctl", G_CALLBACK(&UmockdevReader::onIoctl), this, nullptr);
    GError *error = nullptr;
    // Attach before adding, so the device node answers as soon as libusb sees it.
    if (!umockdev_testbed_attach_ioctl(m_testbed, "/dev/bus/usb/001/001", m_handler, &error)
        || !umockdev_testbed_add_from_string(m_testbed, deviceDescription, &error)) {
        m_why = QStringLiteral("umockdev testbed: ") + QString::fromUtf8(error ? error->message : "failed");
        g_clear_error(&error);
        return false;
    }
    return true;
}

void UmockdevReader::removeDevice()
{
    setUnplugged(true);
    umockdev_testbed_uevent(m_testbed, "/sys/devices/usb1", "remove");
    umockdev_testbed_remove_device(m_testbed, "/sys/devices/usb1");
}

bool UmockdevReader::addDevice()
{
    setUnplugged(false);
    if (!umockdev_testbed_add_from_string(m_testbed, deviceDescription, nullptr))
        return false;
    umockdev_testbed_uevent(m_testbed, "/sys/devices/usb1", "add");
    return true;
}

void UmockdevReader::setChunks(QList<int> chunks)
{
    std::lock_guard lock(m_mutex);
    m_chunks = std::move(chunks);
    m_chunkIndex = 0;
}

void UmockdevReader::corruptNextAnswers(int count)
{
    std::lock_guard lock(m_mutex);
    m_corrupt = count;
}

void UmockdevReader::setSilent(bool silent)
{
    std::lock_guard lock(m_mutex);
    m_silent = silent;
}

void UmockdevReader::setUnplugged(bool unplugged)
{
    std::lock_guard lock(m_mutex);
    m_unplugged = unplugged;
    m_unplugOn = -1;
    if (!unplugged)
        m_outgoing.clear(); // a replugged reader starts afresh
}

void UmockdevReader::unplugOnCommand(quint8 cmd)
{
    std::lock_guard lock(m_mutex);
    m_unplugOn = cmd;
}

bool UmockdevReader::unplugged() const
{
    std::lock_guard lock(m_mutex);
    return m_unplugged;
}

int UmockdevReader::requestsSeen() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

int UmockdevReader::onIoctl(UMockdevIoctlBase *, UMockdevIoctlClient *client, void *self)
{
    return static_cast<UmockdevReader *>(self)->handle(client) ? TRUE : FALSE;
}

// Hands pending answer bytes to waiting IN URBs, one chunk per URB (short reads).
void UmockdevReader::pump()
{
    while (!m_pendingIn.empty() && !m_outgoing.isEmpty()) {
        UMockdevIoctlData *data = m_pendingIn.front();
        m_pendingIn.pop_front();
        usbdevfs_urb *urb = urbOf(data);
        const int chunk = m_chunks.isEmpty() ? 64 : m_chunks.at(m_chunkIndex++ % m_chunks.size());
        const int n = int(qMin<qsizetype>(qMin(chunk, urb->buffer_length), m_outgoing.size()));
        std::memcpy(urb->buffer, m_outgoing.constData(), size_t(n));
        m_outgoing.remove(0, n);
        urb->actual_length = n;
        urb->status = 0;
        m_reapable.push_back(data);
    }
}

bool UmockdevReader::handle(UMockdevIoctlClient *client)
{
    std::lock_guard lock(m_mutex);
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);

    if (m_unplugged && request != USBDEVFS_REAPURB && request != USBDEVFS_REAPURBNDELAY
        && request != USBDEVFS_DISCARDURB) {
        // A vanished device: the kernel refuses everything new with ENODEV.
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return true;
    }

    switch (request) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData *d = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
        *reinterpret_cast<guint32 *>(d->data) = USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM
            | USBDEVFS_CAP_REAP_AFTER_DISCONNECT | USBDEVFS_CAP_ZERO_PACKET;
        umockdev_ioctl_data_unref(d);
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    }
    case USBDEVFS_CLAIMINTERFACE:
    case USBDEVFS_RELEASEINTERFACE:
    case USBDEVFS_DISCONNECT_CLAIM:
    case USBDEVFS_CLEAR_HALT:
    case USBDEVFS_RESET:
    case USBDEVFS_RESETEP:
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    case USBDEVFS_GETDRIVER:
        umockdev_ioctl_client_complete(client, -1, ENODATA); // no kernel driver bound
        return true;
    case USBDEVFS_IOCTL:
        umockdev_ioctl_client_complete(client, -1, ENODATA);
        return true;

    case USBDEVFS_SUBMITURB: {
        UMockdevIoctlData *data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
        usbdevfs_urb *urb = urbOf(data);
        // Resolving the buffer makes the URB's buffer pointer local; it is copied back on reap.
        UMockdevIoctlData *buffer = umockdev_ioctl_data_resolve(data, G_STRUCT_OFFSET(usbdevfs_urb, buffer),
                                                                gsize(urb->buffer_length), nullptr);
        if (urb->type != USBDEVFS_URB_TYPE_BULK) {
            umockdev_ioctl_data_unref(buffer);
            umockdev_ioctl_data_unref(data);
            umockdev_ioctl_client_complete(client, -1, EINVAL);
            return true;
        }
        if (urb->endpoint & 0x80) {
            m_pendingIn.push_back(data);
        } else {
            ++m_requests;
            const QByteArrayView request(reinterpret_cast<const char *>(buffer->data), buffer->data_len);
            if (m_unplugOn >= 0 && request.size() > 7 && quint8(request[7]) == m_unplugOn)
                m_unplugged = true;
            QByteArray answer = reader.receive(request);
            if (!answer.isEmpty() && m_corrupt > 0) {
                --m_corrupt;
                answer[answer.size() - 1] = char(answer.back() ^ 0x01);
            }
            if (!m_silent && !m_unplugged)
                m_outgoing += answer;
            urb->actual_length = urb->buffer_length;
            urb->status = 0;
            m_reapable.push_back(data);
        }
        umockdev_ioctl_data_unref(buffer);
        pump();
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    }

    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY: {
        UMockdevIoctlData *data = nullptr;
        if (!m_discarded.empty()) {
            data = m_discarded.front();
            m_discarded.pop_front();
            urbOf(data)->status = -ENOENT;
            urbOf(data)->actual_length = 0;
        } else if (!m_reapable.empty()) {
            data = m_reapable.front();
            m_reapable.pop_front();
        } else if (m_unplugged && !m_pendingIn.empty()) {
            // After a disconnect the kernel kills in-flight URBs with -ESHUTDOWN and still lets
            // them be reaped (USBDEVFS_CAP_REAP_AFTER_DISCONNECT).
            data = m_pendingIn.front();
            m_pendingIn.pop_front();
            urbOf(data)->status = -ESHUTDOWN;
            urbOf(data)->actual_length = 0;
        }
        if (!data) {
            umockdev_ioctl_client_complete(client, -1, m_unplugged ? ENODEV : EAGAIN);
            return true;
        }
        UMockdevIoctlData *pointer = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
        umockdev_ioctl_data_set_ptr(pointer, 0, data);
        umockdev_ioctl_data_unref(pointer);
        umockdev_ioctl_data_unref(data);
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    }

    case USBDEVFS_DISCARDURB: {
        const gulong address = gulong(*reinterpret_cast<void **>(arg->data));
        for (auto it = m_pendingIn.begin(); it != m_pendingIn.end(); ++it) {
            if ((*it)->client_addr == address) {
                m_discarded.push_back(*it);
                m_pendingIn.erase(it);
                umockdev_ioctl_client_complete(client, 0, 0);
                return true;
            }
        }
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return true;
    }

    default:
        return false;
    }
}
