// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/command.h"

#include <QString>
#include <QStringView>

namespace idcard {

/// @brief Which reader to use and how patiently to talk to it.
struct ReaderSettings
{
    enum class TransportKind {
        Auto,      ///< libusb if a reader with the ids is attached, else the simulated reader
        Usb,
        Serial,    ///< serialPort, or the first CDC-ACM port that answers SAM status
        Simulated,
    };

    quint16 vendorId = 0x0400;
    quint16 productId = 0xc35a;
    TransportKind transport = TransportKind::Auto;
    QString serialPort;            ///< empty: probe candidate ports
    int pollIntervalMs = 300;      ///< between find-card attempts
    int rescanIntervalMs = 1000;   ///< between attempts to (re)open a reader
    int responseTimeoutMs = 3000;  ///< for one command's whole answer
    int removeCardMs = 3000;       ///< how long "remove the card" stays after a read
    Command readCommand = Command::ReadText;

    /// "auto", "usb", "serial", "serial:/dev/ttyACM0" or "simulated"; false if unknown.
    bool setTransport(QStringView spec);
    [[nodiscard]] QString transportSpec() const;
    /// "0400:c35a"; false if malformed.
    bool setIds(QStringView ids);
    [[nodiscard]] QString ids() const;
};

} // namespace idcard
