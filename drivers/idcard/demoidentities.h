// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"

#include <QList>

namespace idcard {

/// @brief Invented identities of every card type for the demo and the simulated reader.
///
/// Nobody real: the names are common, the numbers are made up but carry valid GB 11643
/// check characters so the whole kiosk flow accepts them. One resident card is expired.
class DemoIdentities
{
public:
    /// Resident (long-term), resident (female), resident (expired), 'J', 'I', 'Y'; each as the
    /// parser returns it from its own text block.
    [[nodiscard]] static QList<IdCard> all();
    /// Short labels for staff mode ("Resident, long-term" ...), in the order of all().
    [[nodiscard]] static QList<core::LocalizedText> labels();
};

} // namespace idcard
