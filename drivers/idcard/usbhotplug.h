// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

struct libusb_context;

namespace idcard {

/// @brief libusb hot-plug events for the reader's ids, polled without blocking.
///
/// Where libusb has hot-plug support (Linux with udev or netlink), a reader that is plugged in
/// is opened at once and one that is pulled out is let go at once; elsewhere isAvailable() is
/// false and the reader service falls back to rescanning.
class UsbHotplug
{
public:
    enum Event { None = 0, Arrived = 1, Left = 2 };

    UsbHotplug(quint16 vendorId, quint16 productId);
    ~UsbHotplug();
    UsbHotplug(const UsbHotplug &) = delete;
    UsbHotplug &operator=(const UsbHotplug &) = delete;

    [[nodiscard]] bool isAvailable() const { return m_available; }

    /// Handles what libusb has queued and returns the events (Arrived | Left) since last time.
    [[nodiscard]] int poll();

private:
    static int callback(int event, void *self);

    libusb_context *m_context = nullptr;
    int m_handle = 0;
    int m_events = None;
    bool m_available = false;
};

} // namespace idcard
