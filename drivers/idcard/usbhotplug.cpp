// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/usbhotplug.h"

#include <libusb.h>

namespace idcard {

UsbHotplug::UsbHotplug(quint16 vendorId, quint16 productId)
{
    if (libusb_init(&m_context) != LIBUSB_SUCCESS) {
        m_context = nullptr;
        return;
    }
    if (!libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG))
        return;
    libusb_hotplug_callback_handle handle = 0;
    const int rc = libusb_hotplug_register_callback(
        m_context, libusb_hotplug_event(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
        LIBUSB_HOTPLUG_NO_FLAGS, vendorId, productId, LIBUSB_HOTPLUG_MATCH_ANY,
        [](libusb_context *, libusb_device *, libusb_hotplug_event event, void *self) {
            return UsbHotplug::callback(int(event), self);
        },
        this, &handle);
    m_handle = handle;
    m_available = rc == LIBUSB_SUCCESS;
}

UsbHotplug::~UsbHotplug()
{
    if (m_context) {
        if (m_available)
            libusb_hotplug_deregister_callback(m_context, m_handle);
        libusb_exit(m_context);
    }
}

int UsbHotplug::callback(int event, void *self)
{
    auto *hotplug = static_cast<UsbHotplug *>(self);
    hotplug->m_events |= event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED ? Arrived : Left;
    return 0; // stay registered
}

int UsbHotplug::poll()
{
    if (!m_available)
        return None;
    timeval zero{0, 0};
    libusb_handle_events_timeout_completed(m_context, &zero, nullptr);
    const int events = m_events;
    m_events = None;
    return events;
}

} // namespace idcard
