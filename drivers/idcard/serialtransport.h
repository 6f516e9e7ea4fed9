// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/transport.h"

#include <QStringList>

namespace idcard {

/// @brief A reader that enumerates as a USB CDC-ACM serial port, at 115200 8N1, raw.
///
/// Plain POSIX termios and poll(): no Qt serial module, nothing to install on the kiosk.
class SerialTransport : public Transport
{
public:
    explicit SerialTransport(QString path);
    ~SerialTransport() override;

    bool open(ReaderError *error) override;
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    bool write(QByteArrayView bytes, int timeoutMs, ReaderError *error) override;
    QByteArray read(int timeoutMs, ReaderError *error) override;
    QString description() const override;

    /// Ports where a CDC-ACM reader may sit (/dev/ttyACM*, /dev/ttyUSB*).
    [[nodiscard]] static QStringList candidatePorts();

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace idcard
