// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace store {

/// @brief A reading of the kiosk's monotonic clock: which boot it belongs to, and the
/// milliseconds since that boot (suspend included). Two readings of the same boot give a
/// duration no wall-clock change can spoil.
struct MonotonicReading
{
    QString bootId;
    qint64 ms = 0;
};

} // namespace store
