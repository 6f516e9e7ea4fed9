// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/readererror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace idcard {

/// @brief The seam between the protocol and a reader's wire: USB bulk, serial, or simulated.
///
/// Blocking calls with time-outs, used only on the reader thread. A transport moves bytes; it
/// knows nothing of frames (ReaderSession does), so firmware that answers in pieces or in one
/// piece looks the same above it.
class Transport
{
public:
    virtual ~Transport();

    /// Opens the device; on failure `error` says why (NotFound, NoAccess, Io).
    [[nodiscard]] virtual bool open(ReaderError *error) = 0;
    virtual void close() = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;

    [[nodiscard]] virtual bool write(QByteArrayView bytes, int timeoutMs, ReaderError *error) = 0;

    /// Returns what arrives within `timeoutMs` (one read's worth), or an empty array with
    /// `error` set (Timeout, Disconnected, Io). Empty without an error (a zero-length packet)
    /// means "nothing yet": read again.
    [[nodiscard]] virtual QByteArray read(int timeoutMs, ReaderError *error) = 0;

    /// "usb 0400:c35a bus 1 device 4", "serial /dev/ttyACM0", "simulated".
    [[nodiscard]] virtual QString description() const = 0;
};

} // namespace idcard
