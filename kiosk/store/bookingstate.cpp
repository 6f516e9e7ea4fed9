// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/bookingstate.h"

namespace store {

QString BookingStates::key(BookingState state)
{
    switch (state) {
    case BookingState::Confirmed: return QStringLiteral("confirmed");
    case BookingState::Provisional: return QStringLiteral("provisional");
    case BookingState::Refused: return QStringLiteral("refused");
    case BookingState::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("provisional");
}

std::optional<BookingState> BookingStates::fromKey(QStringView key)
{
    for (BookingState s : {BookingState::Confirmed, BookingState::Provisional, BookingState::Refused,
                           BookingState::Cancelled}) {
        if (key == BookingStates::key(s))
            return s;
    }
    return std::nullopt;
}

} // namespace store
