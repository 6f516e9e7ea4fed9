// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/check/checkresult.h"

class KioskConfig;

/// @brief `kiosk --check`'s "reader": the ID-card reader the kiosk would use is there. The
/// simulated reader is ok; otherwise libusb must see a device with [reader] vendor_id and
/// product_id (or, for a serial transport, a port must answer), else FAIL. Outside the demo
/// "auto" means USB, as CardReader decides.
class ReaderCheck
{
public:
    [[nodiscard]] static CheckResult run(const KioskConfig &config);
};
