// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/readererror.h"
#include "drivers/idcard/readersettings.h"
#include "drivers/idcard/transport.h"

#include <QStringList>

#include <memory>

namespace idcard {

class SimulatedReader;

/// @brief Chooses and opens the transport the settings ask for, and proves a reader answers.
class TransportFactory
{
public:
    /// Opens a transport and checks that a reader answers SAM status. For Auto, USB when a
    /// reader with the ids is attached, otherwise `simulated` (if given). nullptr on failure.
    [[nodiscard]] static std::unique_ptr<Transport> open(const ReaderSettings &settings,
                                                         const std::shared_ptr<SimulatedReader> &simulated,
                                                         ReaderError *error);

    /// Readers that can be seen without opening them: USB devices with the ids, serial
    /// ports that answer SAM status (for auto and serial), and "simulated" when asked for.
    [[nodiscard]] static QStringList list(const ReaderSettings &settings);

    /// Whether a USB reader with the ids is attached.
    [[nodiscard]] static bool usbReaderPresent(const ReaderSettings &settings);
};

} // namespace idcard
