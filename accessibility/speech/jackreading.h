// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/jackstate.h"

#include <QString>

namespace speech {

/// @brief What the ports say about the headphone jack, and where the headphones are.
struct JackReading
{
    JackState state = JackState::Unknown;
    QString sink; ///< In: the sink whose headphone port has headphones in it
    QString port; ///< In: that port (made the active one, which silences the speaker)

    friend bool operator==(const JackReading &, const JackReading &) = default;
};

} // namespace speech
