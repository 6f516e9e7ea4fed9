// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace store {

/// @brief Where a booked time stands. The server owns capacity: Confirmed once it held the
/// place, Provisional while the kiosk booked offline against its cached counts, Refused when the
/// server later found the time full (the visitor is told to call staff), Cancelled by the visitor.
enum class BookingState { Confirmed, Provisional, Refused, Cancelled };

/// @brief The key strings of BookingState, as kept in the store and sent in `booking_status`.
class BookingStates
{
public:
    /// "confirmed", "provisional", "refused", "cancelled".
    [[nodiscard]] static QString key(BookingState state);
    [[nodiscard]] static std::optional<BookingState> fromKey(QStringView key);
};

} // namespace store
