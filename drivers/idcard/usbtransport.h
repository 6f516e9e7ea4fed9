// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/transport.h"

#include <QStringList>

struct libusb_context;
struct libusb_device_handle;

namespace idcard {

/// @brief A reader on USB bulk endpoints, through libusb.
///
/// Finds the first device with the configured vendor and product id, detaches a kernel
/// driver if one is bound, claims the first interface that has a bulk IN and a bulk OUT
/// endpoint (taken from the descriptors, never hard-coded) and moves bytes on them.
class UsbTransport : public Transport
{
public:
    UsbTransport(quint16 vendorId, quint16 productId);
    ~UsbTransport() override;

    bool open(ReaderError *error) override;
    void close() override;
    bool isOpen() const override { return m_handle != nullptr; }
    bool write(QByteArrayView bytes, int timeoutMs, ReaderError *error) override;
    QByteArray read(int timeoutMs, ReaderError *error) override;
    QString description() const override { return m_description; }

    /// Descriptions of the attached devices with these ids (for `idcard list`).
    [[nodiscard]] static QStringList list(quint16 vendorId, quint16 productId);

private:
    [[nodiscard]] ReaderError mapError(int code, const char *what) const;

    quint16 m_vendorId;
    quint16 m_productId;
    libusb_context *m_context = nullptr;
    libusb_device_handle *m_handle = nullptr;
    int m_interface = -1;
    quint8 m_endpointIn = 0;
    quint8 m_endpointOut = 0;
    QString m_description;
};

} // namespace idcard
